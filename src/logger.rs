//! The one stderr channel, as eza's logger: messages for people (`Imported 30 record(s)…`),
//! warnings, `-v`/`-vv` traces and the final error line all go through the `log` macros, and
//! this logger alone decides, once, from `-v`/`-q`, what reaches stderr:
//!
//! | level | prints | shown |
//! |---|---|---|
//! | `error!` | `tryton-cli: …` | always |
//! | `warn!` | `tryton-cli: warning: …` | unless `-q` |
//! | `info!` | the text | unless `-q` |
//! | `debug!` | the text (`* …` by convention) | with `-v` |
//! | `trace!` | the text (request and answer bodies) | with `-vv` |
//!
//! Text from the server reaches the terminal through here too, so on a terminal every control
//! character that could drive it (C0 but newline and tab, DEL, C1, bidi overrides such as
//! U+202E) is shown escaped instead; a pipe or a file gets the bytes as they are.
//! Questions to the person at the terminal (`confirm.rs`, password and wizard prompts) are not
//! messages and are written where they are asked.

use std::io::Write;

use log::{Level, LevelFilter, Log, Metadata, Record};

struct Stderr {
    terminal: bool,
}

static TERMINAL: Stderr = Stderr { terminal: true };
static PIPE: Stderr = Stderr { terminal: false };

/// Sets the logger for the process, at the default level (messages, no traces). Call once,
/// first thing; `set_verbosity` tunes it once the flags are read.
pub fn init(stderr_is_terminal: bool) {
    let logger: &'static Stderr = if stderr_is_terminal { &TERMINAL } else { &PIPE };
    if log::set_logger(logger).is_ok() {
        log::set_max_level(LevelFilter::Info);
    }
}

/// `-q` (errors only), `-v` (traces), `-vv` (bodies).
pub fn set_verbosity(verbosity: u8, quiet: bool) {
    log::set_max_level(match (quiet, verbosity) {
        (true, _) => LevelFilter::Error,
        (false, 0) => LevelFilter::Info,
        (false, 1) => LevelFilter::Debug,
        (false, _) => LevelFilter::Trace,
    });
}

impl Log for Stderr {
    fn enabled(&self, metadata: &Metadata) -> bool {
        // Only tryton-cli's own records: the crates below (ureq, rustls) log their view of a
        // failure that tryton-cli says in its own words.
        metadata.level() <= log::max_level() && metadata.target().starts_with("tryton_cli")
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let text = record.args().to_string();
        let text = if self.terminal {
            printable(&text)
        } else {
            text
        };
        let line = match record.level() {
            Level::Error => format!("tryton-cli: {text}"),
            Level::Warn => format!("tryton-cli: warning: {text}"),
            _ => text,
        };
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    fn flush(&self) {}
}

/// `text` with every character that could drive a terminal shown escaped: C0 controls but
/// newline and tab (ESC becomes `\x1b`), DEL, the C1 controls (U+0080–U+009F) and the bidi
/// controls that reorder what is shown (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
pub fn printable(text: &str) -> String {
    if !text.chars().any(is_unprintable) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unprintable(c) {
            if (c as u32) < 0x100 {
                out.push_str(&format!("\\x{:02x}", c as u32));
            } else {
                out.push_str(&format!("\\u{{{:04x}}}", c as u32));
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn is_unprintable(c: char) -> bool {
    matches!(c as u32,
        0x00..=0x08 | 0x0b..=0x1f | 0x7f..=0x9f
        | 0x200e | 0x200f | 0x061c | 0x202a..=0x202e | 0x2066..=0x2069)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_sequences_from_a_server_are_shown_escaped() {
        assert_eq!(
            printable("plain text\nline two\tend"),
            "plain text\nline two\tend"
        );
        assert_eq!(
            printable("\u{1b}]0;owned\u{7}title"),
            "\\x1b]0;owned\\x07title"
        );
        assert_eq!(printable("a\u{9b}31mb"), "a\\x9b31mb");
        assert_eq!(printable("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(printable("café"), "café");
    }
}
