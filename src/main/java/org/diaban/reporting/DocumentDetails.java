package org.diaban.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officer fills in for one report document: its number ("12", blank to write by hand
 * after printing), the day and place of the place-date line, who signs and who receives it.
 *
 * @param signerCapacity "T/M BAN THƯỜNG VỤ" (from the profile unless changed)
 * @param signerTitle    "BÍ THƯ", "PHÓ BÍ THƯ"
 * @param recipients     the "Nơi nhận" lines
 */
public record DocumentDetails(String number, LocalDate date, String place, String signerCapacity,
                              String signerTitle, String signerName, List<String> recipients) {

    public DocumentDetails {
        number = number == null ? "" : number.strip();
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
