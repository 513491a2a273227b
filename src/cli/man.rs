//! The man page's own sections (the rest of the page comes from the clap definitions): the short
//! domain syntax, the environment variables that are not a flag's, the files, the exit status.
//! `commands/man.rs` renders them with the commands and their options into one page.

/// A man page section: paragraphs (separated by blank lines), then a list of terms.
pub struct Section {
    pub title: &'static str,
    pub text: &'static str,
    pub items: &'static [(&'static str, &'static str)],
}

/// What follows the program's name in the synopsis.
pub const SYNOPSIS: &str = "[GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGUMENTS]";

pub const DOMAIN_SYNTAX: Section = Section {
    title: "DOMAIN SYNTAX",
    text: "search takes a domain, the records' filter: Tryton's own JSON domain in one argument, \
sent to the server as written (e.g. '[[\"name\", \"ilike\", \"%acme%\"]]'), or the short form \
below, where each value is typed by its field.

The short form is clauses FIELD OPERATOR VALUE, joined by 'and' (or simply one after the other) \
and 'or'; 'and' binds tighter than 'or'. Parentheses only enclose lists: write nested groups as a \
JSON domain. The whole domain may be one shell argument or many; quotes (single or double) make \
one value of text with spaces, and an argument where a value is expected is that value, spaces \
included. Operators need spaces around them.",
    items: &[
        (
            "FIELD",
            "A field name, or a dotted path that follows relations: name, party.name, \
addresses.city. An unknown field is refused (exit 3) before anything is searched.",
        ),
        (
            "OPERATOR",
            "= != < <= > >= like ilike 'not like' 'not ilike' in 'not in' child_of \
'not child_of' parent_of 'not parent_of' where 'not where' (case-insensitive).",
        ),
        (
            "Text fields",
            "char, text and selection fields take the value as text, whatever it looks \
like: code = 3 matches the code \"3\", name = 123 the name \"123\".",
        ),
        (
            "Number fields",
            "integer and float fields take a number (42, -7, 1.5, 1e3), its text kept exactly.",
        ),
        (
            "Numeric fields",
            "take an exact decimal (12.50), sent as Tryton's Decimal from the digits written, \
never through a binary float.",
        ),
        (
            "Boolean fields",
            "take true or false (also yes or no, 1 or 0).",
        ),
        (
            "Dates and datetimes",
            "2026-01-02 for a date; '2026-01-02 10:00:00', 2026-01-02T10:00 or a date alone \
(its midnight) for a datetime, in UTC as Tryton keeps them unless an offset is written \
(2026-01-02T10:00:00+02:00, or Z). Times as 10:30[:00]; durations in seconds or as 90m, 1h 30m.",
        ),
        (
            "Relations",
            "many2one, one2many and many2many fields take a record id (party = 42), or a name \
matched on the related records' names: party = ACME is sent as party.rec_name = ACME. Quotes make \
a number a name (party = '42').",
        ),
        (
            "null",
            "No value, for a field of any type (parent = null); 'null' in quotes is the text.",
        ),
        (
            "Lists",
            "in and not in take a list: (1, 2, 3), [a, b], ('ACME, Inc', Foo) or 1,2,3; items \
are typed like values. child_of and parent_of take an id or a list of ids.",
        ),
        (
            "JSON values",
            "A JSON array or object is sent as written: a nested domain for where, or a tagged \
value such as {\"__class__\": \"date\", \"year\": 2026, \"month\": 1, \"day\": 2}.",
        ),
        (
            "Examples",
            "name ilike %acme%; id > 10 and active = true; code in (A1, B2) or parent = null; \
party.name = 'ACME Corp'; rate >= 1.10 and date > 2026-01-01.",
        ),
    ],
};

/// The environment: the flags' variables are listed first, from the definitions; these items are
/// the variables read without a flag of their own.
pub const ENVIRONMENT: Section = Section {
    title: "ENVIRONMENT",
    text: "A flag wins over its variable, a variable over the profile's setting.",
    items: &[
        (
            "TRYTON_RPC_URL",
            "The server URL, when TRYTON_URL is not set (the name Tryton's web portal uses).",
        ),
        (
            "TRYTON_PASSWORD",
            "The password, for a login without a prompt (login, or a command that must log in again).",
        ),
        (
            "TRYTON_SESSION_TTL",
            "How long a stored session is used before logging in again, e.g. 8h [default: 12h].",
        ),
        (
            "NO_COLOR",
            "When set and not empty, tables are printed without colour.",
        ),
        ("TERM", "dumb: no colour, as with NO_COLOR."),
        (
            "COLUMNS",
            "The width tables fit when the terminal does not report one.",
        ),
        (
            "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
            "A proxy for every request (CONNECT, also for http:// servers), and the hosts reached \
without it.",
        ),
        (
            "SSL_CERT_FILE, SSL_CERT_DIR",
            "On Linux, the trust store used instead of the system's (--cacert trusts a private CA).",
        ),
        (
            "XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_CACHE_HOME",
            "Where the files below live.",
        ),
    ],
};

pub const FILES: Section = Section {
    title: "FILES",
    text: "The paths are Linux's (XDG); macOS keeps them in ~/Library/Application \
Support/tryton-cli and ~/Library/Caches/tryton-cli.",
    items: &[
        (
            "~/.config/tryton-cli/config.toml",
            "Profiles: default_profile = \"NAME\" and [profiles.NAME] tables with url, database, \
user, password_file, timeout, write_timeout, retries, session_store, session_ttl, cacert, \
insecure. login \
--save-profile NAME writes one.",
        ),
        (
            "~/.local/state/tryton-cli/",
            "Sessions: sessions.json \
(server, database, user, expiry; no secrets), current (the session used by commands given no \
server, database or user: the last login, or switch) and, where no OS keyring answers, the \
session tokens in secrets.json; files of mode 0600 in a directory of mode 0700.",
        ),
        (
            "~/.cache/tryton-cli/",
            "The read cache of --cache (one 0600 file per request), and the models' field types \
used to type short domains (fields-*.json, kept 5 minutes).",
        ),
    ],
};
