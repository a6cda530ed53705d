package id.humas.hub.telegram;

/** Who a command is for; decides who may use it and in which command menu it appears. */
public enum Audience {
    /** information officers, in a private chat with the bot; handlers check registration themselves */
    OFFICER,
    /** central-team users, in the central group or privately; the router refuses everyone else */
    TEAM,
    /** anyone (start, help); not shown in menus when it has no menu description */
    ANYONE
}
