-- The wake-up names the laptop that sent the rows, so that it does not wake itself up.
CREATE OR REPLACE FUNCTION hub_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('whiteplan_hub', coalesce(hub_device_code(), ''));
    RETURN NULL;
END
$$;
