-- Host: the data protection key ring, shared by every instance of the app, so that a cookie or antiforgery token
-- protected by one instance is read by another. Rows are only ever added; the key ring itself records expiry and
-- revocation inside the XML.
CREATE TABLE sys_data_protection_keys (
    id             TEXT NOT NULL PRIMARY KEY,
    friendly_name  TEXT NOT NULL,
    xml            TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
