package org.agora.people.importing;

/**
 * A row on its way through the import job, with the reason it is rejected (or null).
 */
public record ImportItem(EmployeeRow row, String problem) {
}
