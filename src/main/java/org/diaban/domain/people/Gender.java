package org.diaban.domain.people;

public enum Gender {
    MALE,
    FEMALE
}
