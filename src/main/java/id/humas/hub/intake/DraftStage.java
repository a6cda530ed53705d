package id.humas.hub.intake;

enum DraftStage {

    /** the officer named the kind (e.g. /isu alone) and the bot waits for the content */
    AWAITING_CONTENT,
    /** the bot asked what the item is */
    AWAITING_CATEGORY,
    /** an activity: the bot asked for the phase */
    AWAITING_PHASE,
    /** an agenda: the bot asked for its date */
    AWAITING_DATE,
    /** an agenda: the bot asked for its time */
    AWAITING_TIME,
    /** an agenda: the bot asked for its place */
    AWAITING_PLACE,
    /** everything is known: the draft becomes an item */
    COMPLETE
}
