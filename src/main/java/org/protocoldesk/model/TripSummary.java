package org.protocoldesk.model;

import java.time.LocalDate;

/**
 * A trip as lists show it. {@code destinations} reads like "Dushanbe, Tajikistan; Bishkek, Kyrgyzstan" (empty when
 * none is recorded); {@code headOfDelegation} is null while the delegation is empty; {@code meetingCount} counts the
 * meetings of the trip.
 */
public record TripSummary(long id, String title, LocalDate startDate, LocalDate endDate, TripStatus status,
                          String destinations, String headOfDelegation, int meetingCount) {
}
