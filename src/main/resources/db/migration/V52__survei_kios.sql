-- Kiosk answers carry no invitation; the per-session rate limit lives in the (shared, JDBC) HTTP session.
-- Results are filtered by service and period within a unit list.
CREATE INDEX ikm_response_service_idx ON ikm_response (service_key, answered_at);
