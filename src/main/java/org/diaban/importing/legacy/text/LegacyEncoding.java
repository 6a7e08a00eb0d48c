package org.diaban.importing.legacy.text;

/** The text encodings found in legacy Vietnamese spreadsheets. */
public enum LegacyEncoding {
    /** Ordinary Unicode text (Times New Roman, Arial, ...). */
    UNICODE,
    /** TCVN3 (ABC, TCVN 5712:1993 VN3), shown through the ".Vn..." fonts. */
    TCVN3,
    /** VNI-Windows, shown through the "VNI-..." fonts. */
    VNI
}
