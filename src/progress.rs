//! Progress of long work on stderr (indicatif), only when stderr is a terminal and not `-q`:
//! records done (of how many, when known), the rate in records a second and the time left, both
//! from the start of the work. A spinner turns from the first moment, so a first batch the server
//! takes seconds over does not look like a hang. Nothing at all otherwise.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::output::Output;

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    total: Total,
}

/// What the work is measured against: records out of a known count, or the bytes of a file.
#[derive(Clone, Copy)]
pub enum Total {
    Records(u64),
    Bytes(u64),
    Unknown,
}

impl Progress {
    pub fn new(out: &Output, quiet: bool, total: Total) -> Progress {
        let started = Instant::now();
        if quiet || !out.term().stderr {
            return Progress {
                bar: None,
                started,
                total,
            };
        }
        let bar = match total {
            Total::Records(count) => ProgressBar::new(count),
            Total::Bytes(size) => ProgressBar::new(size),
            Total::Unknown => ProgressBar::no_length(),
        };
        let template = match total {
            Total::Unknown => "{spinner} {msg}",
            _ => "{spinner} {bar:30} {msg}",
        };
        bar.set_style(
            ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_draw_target(ProgressDrawTarget::stderr());
        let progress = Progress {
            bar: Some(bar),
            started,
            total,
        };
        if let Some(bar) = &progress.bar {
            bar.set_message(progress.message(0, 0));
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        progress
    }

    /// `done` records done so far; for a file, `position` is how far it has been read.
    pub fn advance(&self, done: u64, position: Option<u64>) {
        let Some(bar) = &self.bar else {
            return;
        };
        let position = match self.total {
            Total::Bytes(_) => position.unwrap_or(0),
            _ => done,
        };
        bar.set_position(position);
        bar.set_message(self.message(done, position));
    }

    /// "1200/29025 records, 350/s, 1m 20s left".
    fn message(&self, done: u64, position: u64) -> String {
        let elapsed = self.started.elapsed().as_secs_f64();
        let mut text = match self.total {
            Total::Records(count) => format!("{done}/{count} records"),
            _ => format!("{done} records"),
        };
        if done > 0 && elapsed > 0.0 {
            text.push_str(&format!(", {:.0}/s", done as f64 / elapsed));
        }
        let fraction = match self.total {
            Total::Records(count) if count > 0 => done as f64 / count as f64,
            Total::Bytes(size) if size > 0 => position as f64 / size as f64,
            _ => 0.0,
        };
        if fraction > 0.0 && fraction < 1.0 {
            let left = elapsed * (1.0 - fraction) / fraction;
            text.push_str(&format!(
                ", {} left",
                humantime::format_duration(Duration::from_secs(left.ceil() as u64))
            ));
        }
        text
    }

    /// Runs `print` with the bar off the screen (for lines on stdout when it is the same terminal).
    pub fn suspend<R>(&self, print: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    /// The work is over (done or failed): the bar goes, so messages stand on their own.
    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
