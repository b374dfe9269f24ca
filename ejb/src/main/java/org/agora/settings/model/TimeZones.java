package org.agora.settings.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.agora.validation.InvalidInputException;

/** The time zones a person or the company may choose: the named regions of the world ("Europe/Paris"), and UTC. */
public final class TimeZones {

    /** The name of the form field that carries a zone. */
    public static final String FIELD = "timeZone";

    private static final List<String> CHOICES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()).toList();

    private static final Set<String> UTC_NAMES = Set.of("Etc/UTC", "Etc/GMT", "GMT", "UCT", "Etc/UCT", "Universal",
            "Etc/Universal", "Zulu", "Etc/Zulu", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "GMT0", "Greenwich",
            "Etc/Greenwich");

    private TimeZones() {
    }

    /** @return every zone a person may choose, UTC first, then the regions in alphabetical order */
    public static List<String> choices() {
        return CHOICES;
    }

    /**
     * @return the zone of that name
     * @throws InvalidInputException if it is none of the {@link #choices()}
     */
    public static ZoneId parse(String name) {
        String n = name == null ? "" : name.strip();
        // browsers on machines set to UTC often name it "Etc/UTC" or "GMT": the same zone
        if (UTC_NAMES.contains(n)) {
            n = "UTC";
        }
        if (!CHOICES.contains(n)) {
            throw new InvalidInputException(FIELD, "error.timeZone.unknown", n);
        }
        return ZoneId.of(n);
    }

    /** @return the server's zone if it is one of the {@link #choices()}, else UTC: the company's until one is chosen */
    public static ZoneId server() {
        String id = ZoneId.systemDefault().getId();
        return ZoneId.of(CHOICES.contains(id) ? id : "UTC");
    }

    /** @return the zone of a name stored earlier, if the Java runtime still knows it */
    public static Optional<ZoneId> stored(String name) {
        try {
            return Optional.ofNullable(name).map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
