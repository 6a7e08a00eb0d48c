package org.diaban.domain.activity;

public enum WorkingGroupRole {
    LEADER,
    MEMBER
}
