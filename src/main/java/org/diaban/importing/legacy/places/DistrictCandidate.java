package org.diaban.importing.legacy.places;

/**
 * A district the title block may belong to, with a confidence in [0, 1] and the line that says
 * so. 1.0: the committee or party body is named ("HUYỆN ỦY HỮU LŨNG", "ĐẢNG BỘ HUYỆN BẮC SƠN",
 * "THÀNH ỦY LẠNG SƠN"); 0.8: the district with its type ("Huyện Đình Lập"); 0.4: the bare name
 * (a place-date line "Hữu Lũng, ngày ..."), which may as well be a commune's name.
 */
public record DistrictCandidate(ResolvedPlace district, double confidence, String evidence) {
}
