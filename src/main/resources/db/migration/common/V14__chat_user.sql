-- The id Teams gives each user in conversations with this bot ("29:…"), by Entra object id:
-- a card posted to a team's channel lists the members it refreshes for by this id.
CREATE TABLE chat_user (
    aad_object_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    chat_user_id  VARCHAR(200) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
