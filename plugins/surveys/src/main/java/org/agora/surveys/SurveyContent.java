package org.agora.surveys;

import java.util.List;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.pf4j.Extension;

/** Surveys and polls are content items: a card in their space's feed (or the company's), found by search. */
@Extension
public class SurveyContent implements ContentTypeProvider {

    static final String SURVEY = "survey";
    static final String POLL = "poll";

    @Override
    public List<ContentType> contentTypes() {
        return List.of(new ContentType(SURVEY, "content.survey", true), new ContentType(POLL, "content.poll", true));
    }
}
