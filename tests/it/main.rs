//! All integration tests, as one test binary (one link, one process): one module per area, and
//! the harness in `common`. A test's full name is `<module>::<test name>`, so
//! `cargo test --test it -- session::` runs one area.
//!
//! The shared trytond (`common::shared_server`) starts once for the whole run, on first use, and
//! is stopped by PID when the process exits; tests that count what a server receives, or need
//! other settings, start their own.

mod common;

mod admin;
mod bad_input;
mod bulk;
mod bulk_trust;
mod completion;
mod config;
mod docs;
mod domains;
mod dynamic_completion;
mod export_paging;
mod first_contact;
mod generated;
mod guards;
mod hardening;
mod hardening_more;
mod health;
mod help;
mod keyring;
mod login_hints;
mod operator;
mod output;
mod package;
mod ping;
mod production;
mod query;
mod resilience;
mod scripting;
mod session;
mod spreadsheet;
mod state;
mod state_export;
mod terminal;
mod transport;
mod usage_hints;
mod values_in_out;
mod values_out;
mod write_timeouts;
