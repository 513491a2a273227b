//! The RPC method names used in more than one place.

/// Log in: `[login, {"password": …, further factors…}]` → `[user_id, session]`.
pub const LOGIN: &str = "common.db.login";
/// End the session the request carries.
pub const LOGOUT: &str = "common.db.logout";
/// The server's version; needs no database and no session.
pub const SERVER_VERSION: &str = "common.server.version";
/// The databases the server lists (403 where `[database] list` is off).
pub const DB_LIST: &str = "common.db.list";
/// The login methods a server accepts; needs no session.
pub const AUTHENTICATION_SERVICES: &str = "common.authentication.services";
/// The user's preferences: the context later calls send. The cheapest call that needs a valid
/// session.
pub const GET_PREFERENCES: &str = "model.res.user.get_preferences";

/// Skip a UserWarning: `[name, always, ctx]`.
pub const SKIP_WARNING: &str = "model.res.user.warning.skip";

/// Methods served without a database (and without a session).
pub const SERVER_METHODS: [&str; 3] = [SERVER_VERSION, DB_LIST, AUTHENTICATION_SERVICES];
