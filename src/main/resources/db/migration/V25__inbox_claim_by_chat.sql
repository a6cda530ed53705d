-- telegram module: several instances handle the inbox, each update claimed by one; a chat's update is claimed only
-- when no earlier update of that chat is still waiting, which this index lets the claim look up at once
CREATE INDEX inbox_update_chat ON inbox_update (chat_id, status, update_id);
