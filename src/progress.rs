//! Progress of long work on stderr (indicatif): records done, rate and time left, only when
//! stderr is a terminal and not `-q`; nothing at all otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::output::Output;

pub struct Progress {
    bar: Option<ProgressBar>,
}

/// What the bar measures: records out of a known count, or bytes of a file read.
pub enum Total {
    Records(u64),
    Bytes(u64),
    Unknown,
}

impl Progress {
    pub fn new(out: &Output, quiet: bool, total: Total) -> Progress {
        if quiet || !out.term().stderr {
            return Progress { bar: None };
        }
        let bar = match total {
            Total::Records(count) => ProgressBar::new(count)
                .with_style(style("{bar:30} {pos}/{len} records, {per_sec}, {eta} left")),
            Total::Bytes(size) => ProgressBar::new(size).with_style(style(
                "{bar:30} {bytes}/{total_bytes}, {msg} records, {eta} left",
            )),
            Total::Unknown => {
                ProgressBar::new_spinner().with_style(style("{spinner} {msg} records"))
            }
        };
        bar.set_draw_target(ProgressDrawTarget::stderr());
        Progress { bar: Some(bar) }
    }

    /// `records` more done; for a file, `position` is how far it has been read.
    pub fn advance(&self, records: u64, done: u64, position: Option<u64>) {
        let Some(bar) = &self.bar else {
            return;
        };
        match position {
            Some(byte) => {
                bar.set_position(byte);
                bar.set_message(done.to_string());
            }
            None => {
                bar.inc(records);
                bar.set_message(done.to_string());
            }
        }
    }

    /// The work is over (done or failed): the bar goes, so messages stand on their own.
    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}
