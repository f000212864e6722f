-- Host: the data protection key ring, shared by every instance of the app, so that a cookie or antiforgery token
-- protected by one instance is read by another. Rows are only ever added; the key ring itself records expiry and
-- revocation inside the XML.
CREATE TABLE sys_data_protection_keys (
    id             UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    friendly_name  NVARCHAR(200)    NOT NULL,
    xml            NVARCHAR(MAX)    NOT NULL,
    created_at     DATETIMEOFFSET   NOT NULL
);
