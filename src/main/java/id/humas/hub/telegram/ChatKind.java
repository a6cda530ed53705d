package id.humas.hub.telegram;

public enum ChatKind {
    PRIVATE, GROUP
}
