package id.humas.hub.broadcast;

/** Where a siaran stands: previewed to its writer, sent (after Kirim), or cancelled (Batal) before it went. */
enum BroadcastStatus {
    DRAFT, SENT, CANCELLED
}
