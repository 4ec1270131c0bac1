package org.ctphub.domain.partnership;

/** The nine regions of England used in official statistics. Only English partnerships have one. */
public enum EnglishRegion {
    NORTH_EAST,
    NORTH_WEST,
    YORKSHIRE_AND_THE_HUMBER,
    EAST_MIDLANDS,
    WEST_MIDLANDS,
    EAST_OF_ENGLAND,
    LONDON,
    SOUTH_EAST,
    SOUTH_WEST
}
