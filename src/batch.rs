//! Requests that carry many records (import, create, write, delete), sent so that what the
//! server holds is always known:
//!
//! - Batches are cut to what the server takes. trytond 8.x may cap the records of one request
//!   (`[request] records_limit`) and a proxy may cap the body (`client_max_body_size`); both answer
//!   HTTP 413 before anything runs (`trytond/rpc.py`, `_check_size_limits`), so the same records
//!   go again in halves of what was actually sent.
//! - A batch the server refuses (a UserError, a constraint) was rolled back whole: it is
//!   narrowed to the one record that fails by sending halves, each one transaction of its own, so
//!   that the records before it are applied, nothing after it is, and the error names that
//!   record (`Stop::culprit`).
//! - A batch whose answer was lost (connection dropped, `--write-timeout`) may or may not have
//!   been applied: it is never sent again, and `Halt::InDoubt` says which records it held.
//! - SIGINT/SIGTERM (`interrupt`) stop the run between batches.

use std::ops::Range;

use crate::interrupt;
use crate::progress::Progress;
use crate::rpc::{self, Delivery, Fault};

/// A batch size that halves each time the server refuses a batch as too large.
#[derive(Clone, Copy, Debug)]
pub struct BatchSize {
    size: usize,
}

impl BatchSize {
    pub fn new(size: usize) -> BatchSize {
        BatchSize { size: size.max(1) }
    }

    pub fn get(&self) -> usize {
        self.size
    }

    /// After a failed page request (search, export): `Ok` when it was a 413 and a smaller page
    /// may pass (the size is halved), else the error as it was — also when one record alone was
    /// too large.
    ///
    /// A read may also be halved after a 504: the page took longer than the proxy (or trytond's
    /// own request timeout) waits, and the same page would again; a read changed nothing, so a
    /// smaller one may be asked. (Never for a batch of writes: those may have been applied.)
    pub fn shrink_after(&mut self, err: anyhow::Error, what: &str) -> anyhow::Result<()> {
        if is_gateway_timeout(&err) {
            if self.size <= 1 {
                return Err(err.context(format!(
                    "even one {what} per request takes longer than the server's proxy waits"
                )));
            }
            self.size = (self.size / 2).max(1);
            log::debug!(
                "* the page took longer than the proxy waits (HTTP 504); {} {what}s per request from now on",
                self.size
            );
            return Ok(());
        }
        let asked = self.size;
        self.shrink_after_sending(err, what, asked)
    }

    /// The same after a request that carried `sent` records: the next batch is half of what
    /// was really sent (a last, short batch must not count as the nominal size).
    pub fn shrink_after_sending(
        &mut self,
        err: anyhow::Error,
        what: &str,
        sent: usize,
    ) -> anyhow::Result<()> {
        if !is_too_large(&err) {
            return Err(err);
        }
        if sent <= 1 {
            return Err(err.context(format!(
                "the server refuses even one {what} per request as too large ([request] records_limit, or a proxy's body limit)"
            )));
        }
        self.size = (sent.min(self.size) / 2).max(1);
        log::debug!(
            "* the server refused the batch as too large (HTTP 413); {} {what}s per request from now on",
            self.size
        );
        Ok(())
    }
}

/// Why a batched run stopped before every record was sent.
#[derive(Debug)]
pub enum Halt {
    /// The server refused a request and rolled it back. `culprit` is the one record it refuses
    /// (an index into the items given to [`Sender::send_all`]) when narrowing found it, or the
    /// server named it; `None` for an `--atomic` run the server names no record of.
    Refused {
        culprit: Option<usize>,
        error: anyhow::Error,
    },
    /// The request's answer was lost: the server may or may not have applied these records.
    InDoubt {
        records: Range<usize>,
        error: anyhow::Error,
    },
    /// The request failed before the server ran it (refused as too large, authentication,
    /// no server): nothing of `records` was applied.
    NotApplied {
        records: Range<usize>,
        error: anyhow::Error,
    },
    /// SIGINT or SIGTERM: stopped between two batches.
    Interrupted(i32),
}

/// A run that stopped: `committed` records from the front of the items were applied (each in a
/// transaction that the server confirmed), then `halt`.
#[derive(Debug)]
pub struct Stop {
    pub committed: usize,
    pub halt: Halt,
}

/// Sends records in batches, narrowing a refused batch to its failing record.
pub struct Sender {
    pub size: BatchSize,
    /// `--atomic`: one request, never split (neither on 413 nor to narrow).
    pub atomic: bool,
}

impl Sender {
    pub fn new(size: usize, atomic: bool) -> Sender {
        Sender {
            size: BatchSize::new(if atomic { usize::MAX } else { size }),
            atomic,
        }
    }

    /// Sends every item, in batches of the current size, through `send(offset, piece)` (the
    /// piece's offset in `items`; one request, one transaction). `named` reads a refusal for the
    /// record the server names in it (an index into the piece), when it does.
    ///
    /// Returns once all are applied, or at the first failure with what was applied before it.
    pub fn send_all<T>(
        &mut self,
        items: &[T],
        named: &dyn Fn(&anyhow::Error, &[T]) -> Option<usize>,
        send: &mut dyn FnMut(usize, &[T]) -> anyhow::Result<()>,
    ) -> Result<(), Stop> {
        let mut done = 0;
        while done < items.len() {
            if done > 0
                && let Some(signal) = interrupt::requested()
            {
                return Err(Stop {
                    committed: done,
                    halt: Halt::Interrupted(signal),
                });
            }
            let end = items.len().min(done + self.size.get());
            let piece = &items[done..end];
            let err = match send(done, piece) {
                Ok(()) => {
                    done = end;
                    continue;
                }
                Err(err) => err,
            };
            match classify(&err) {
                Kind::TooLarge if !self.atomic => {
                    if let Err(err) = self.size.shrink_after_sending(err, "record", piece.len()) {
                        return Err(Stop {
                            committed: done,
                            halt: Halt::NotApplied {
                                records: done..end,
                                error: err,
                            },
                        });
                    }
                }
                Kind::Refused if !self.atomic => {
                    done = self.narrow(items, done..end, err, named, send)?;
                }
                Kind::Refused => {
                    let culprit = named(&err, piece).map(|index| done + index);
                    return Err(Stop {
                        committed: done,
                        halt: Halt::Refused {
                            culprit,
                            error: err,
                        },
                    });
                }
                Kind::InDoubt => {
                    return Err(Stop {
                        committed: done,
                        halt: Halt::InDoubt {
                            records: done..end,
                            error: err,
                        },
                    });
                }
                Kind::TooLarge | Kind::NotApplied => {
                    return Err(Stop {
                        committed: done,
                        halt: Halt::NotApplied {
                            records: done..end,
                            error: err,
                        },
                    });
                }
            }
        }
        Ok(())
    }

    /// `items[range]` was refused and rolled back: find the one record that fails, applying the
    /// ones before it. `Ok(end)` when the parts went through on their own (the refusal came from
    /// the records together, or was passing): `items[..end]` are applied, the rest not sent yet.
    fn narrow<T>(
        &mut self,
        items: &[T],
        range: Range<usize>,
        first_error: anyhow::Error,
        named: &dyn Fn(&anyhow::Error, &[T]) -> Option<usize>,
        send: &mut dyn FnMut(usize, &[T]) -> anyhow::Result<()>,
    ) -> Result<usize, Stop> {
        // Invariant: items[lo..hi] fails with `error`; items[range.start..lo] are applied.
        let (mut lo, mut hi) = (range.start, range.end);
        let mut error = first_error;
        let mut calls = 0;
        while hi - lo > 1 {
            let index = named(&error, &items[lo..hi]).filter(|&index| index < hi - lo);
            if index == Some(0) {
                break;
            }
            // The server named the failing record: apply the ones before it, and it is found;
            // else halve.
            let mid = lo + index.unwrap_or((hi - lo) / 2);
            calls += 1;
            match send(lo, &items[lo..mid]) {
                Ok(()) if index.is_some() => {
                    lo = mid;
                    break;
                }
                Ok(()) => {
                    lo = mid;
                    calls += 1;
                    match send(lo, &items[lo..hi]) {
                        Ok(()) => {
                            self.say_narrowing(calls, None);
                            return Ok(hi);
                        }
                        Err(err) => match classify(&err) {
                            Kind::Refused => error = err,
                            kind => return Err(stop(lo, halt_of(kind, lo..hi, err))),
                        },
                    }
                }
                Err(err) => match classify(&err) {
                    Kind::Refused => {
                        error = err;
                        hi = mid;
                    }
                    kind => return Err(stop(lo, halt_of(kind, lo..mid, err))),
                },
            }
        }
        self.say_narrowing(calls, Some(lo));
        Err(stop(
            lo,
            Halt::Refused {
                culprit: Some(lo),
                error,
            },
        ))
    }

    fn say_narrowing(&self, calls: usize, culprit: Option<usize>) {
        match culprit {
            Some(index) => log::debug!(
                "* narrowing the refused batch took {calls} more call(s): record {} of this run fails",
                index + 1
            ),
            None => log::debug!(
                "* narrowing the refused batch took {calls} more call(s): its records went through on their own"
            ),
        }
    }
}

/// Where a batched command's messages go: whether stderr is a terminal.
#[derive(Clone, Copy)]
pub struct Stderr {
    pub terminal: bool,
}

impl Stderr {
    /// Each committed batch gets a line when stderr is not a terminal (a log; not with `-q`).
    pub fn logs_batches(self) -> bool {
        !self.terminal
    }
}

/// A change to records by id: the model, what is done to them ("written", "deleted"), and how
/// to go on after an interrupt or a lost answer.
pub struct Change<'a> {
    pub model: &'a str,
    pub verb: &'a str,
    pub go_on: &'a str,
}

/// `write` and `delete`: ids in batches, narrowed to the record the server refuses, each
/// committed batch logged when stderr is not a terminal, progress shown on one. Returns how many
/// were changed.
pub fn change_ids(
    ids: &[i64],
    sender: &mut Sender,
    change: Change<'_>,
    stderr: Stderr,
    progress: &Progress,
    send: &mut dyn FnMut(&[i64]) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let Change { model, verb, go_on } = change;
    let total = ids.len();
    let span = |from: usize, to: usize| {
        if to == from + 1 {
            format!("record {} of {total} (id {})", from + 1, ids[from])
        } else {
            format!("records {}–{to} of {total}", from + 1)
        }
    };
    interrupt::install(stderr.terminal);
    let log = stderr.logs_batches();
    let result = sender.send_all(ids, &|_, _| None, &mut |offset, piece| {
        let what = span(offset, offset + piece.len());
        interrupt::set_in_flight(Some(what.clone()));
        let result = send(piece);
        interrupt::set_in_flight(None);
        result?;
        if log {
            log::info!("{what} {verb}");
        }
        progress.advance((offset + piece.len()) as u64, None);
        Ok(())
    });
    progress.clear();
    let Err(Stop { committed, halt }) = result else {
        return Ok(total);
    };
    let before = format!(
        "{committed} of {total} record(s) were {verb} before it (each batch is one transaction)"
    );
    let (error, message) = match halt {
        Halt::Interrupted(signal) => interrupt::die(
            signal,
            &format!(
                "interrupted: {committed} of {total} record(s) of {model} {verb}; nothing after them was sent. To go on: {go_on}"
            ),
        ),
        Halt::Refused { culprit, error } => {
            let who = match culprit {
                Some(index) => format!("record {} of {model}", ids[index]),
                None => format!("{} of {model}", span(committed, total)),
            };
            let message = format!(
                "{who}: {}; nothing from it on was {verb}; {before}",
                rpc::one_line(&server_text(&error))
            );
            (error, message)
        }
        Halt::InDoubt { records, error } => {
            let message = format!(
                "{}; the server may or may not have {verb} {} (ids {}–{}): no answer came back, so they were not sent again; {before}. To go on, whether or not they were: {go_on}",
                rpc::one_line(&format!("{error:#}")),
                span(records.start, records.end),
                ids[records.start],
                ids[records.end - 1]
            );
            (error, message)
        }
        Halt::NotApplied { records, error } => {
            let message = format!(
                "{}; {} not {verb}; {before}",
                rpc::one_line(&format!("{error:#}")),
                span(records.start, records.end)
            );
            (error, message)
        }
    };
    Err(anyhow::Error::new(crate::exit::Failure::retelling(
        &error, message,
    )))
}

/// A server refusal's own text (a UserError's message), else the error as it reads.
pub fn server_text(err: &anyhow::Error) -> String {
    match err
        .chain()
        .find_map(|cause| cause.downcast_ref::<rpc::Error>())
    {
        Some(rpc::Error::Fault(Fault::UserError { message, .. })) => {
            message.trim_end_matches(['.', ' ']).to_string()
        }
        _ => format!("{err:#}"),
    }
}

/// What a failed batch request means for the records it carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// HTTP 413: refused before anything ran.
    TooLarge,
    /// The server ran it, refused it and rolled it back.
    Refused,
    /// The answer was lost: it may have been applied.
    InDoubt,
    /// It never ran.
    NotApplied,
}

fn classify(err: &anyhow::Error) -> Kind {
    if is_too_large(err) {
        return Kind::TooLarge;
    }
    let Some(rpc) = err
        .chain()
        .find_map(|cause| cause.downcast_ref::<rpc::Error>())
    else {
        return Kind::NotApplied;
    };
    match rpc {
        rpc::Error::Fault(
            Fault::UserError { .. } | Fault::Server { .. } | Fault::Concurrency { .. },
        ) => Kind::Refused,
        other if other.delivery() == Delivery::Unknown => Kind::InDoubt,
        _ => Kind::NotApplied,
    }
}

fn stop(committed: usize, halt: Halt) -> Stop {
    Stop { committed, halt }
}

fn halt_of(kind: Kind, records: Range<usize>, error: anyhow::Error) -> Halt {
    match kind {
        Kind::InDoubt => Halt::InDoubt { records, error },
        Kind::Refused => Halt::Refused {
            culprit: None,
            error,
        },
        Kind::TooLarge | Kind::NotApplied => Halt::NotApplied { records, error },
    }
}

fn is_gateway_timeout(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<rpc::Error>())
        .any(|rpc| rpc.status() == Some(504))
}

/// Whether the server (or a proxy) refused the request as too large (HTTP 413).
pub fn is_too_large(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<rpc::Error>())
        .any(|rpc| rpc.status() == Some(413))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_large() -> anyhow::Error {
        rpc::Error::Http {
            url: "u".into(),
            method: "model.party.party.create".into(),
            status: 413,
            message: String::new(),
            retry_after: None,
        }
        .into()
    }

    fn gateway_timeout(method: &str) -> anyhow::Error {
        rpc::Error::Http {
            url: "u".into(),
            method: method.into(),
            status: 504,
            message: String::new(),
            retry_after: None,
        }
        .into()
    }

    #[test]
    fn a_504_halves_a_page_of_reads_down_to_one_and_never_a_batch_of_writes() {
        let mut pages = BatchSize::new(1000);
        pages
            .shrink_after(gateway_timeout("model.x.search_read"), "record")
            .unwrap();
        assert_eq!(pages.get(), 500);
        let mut one = BatchSize::new(1);
        let err = one
            .shrink_after(gateway_timeout("model.x.search_read"), "record")
            .unwrap_err();
        assert!(format!("{err:#}").contains("even one record"), "{err:#}");
        let mut writes = BatchSize::new(100);
        assert!(
            writes
                .shrink_after_sending(gateway_timeout("model.x.create"), "record", 100)
                .is_err()
        );
        assert_eq!(writes.get(), 100);
    }

    fn refused(what: &str) -> anyhow::Error {
        rpc::Error::Fault(Fault::UserError {
            message: what.into(),
            description: String::new(),
        })
        .into()
    }

    fn dropped() -> anyhow::Error {
        rpc::Error::NoAnswer {
            url: "u".into(),
            reason: "closed".into(),
            delivery: Delivery::Unknown,
        }
        .into()
    }

    fn nobody_named(_: &anyhow::Error, _: &[i32]) -> Option<usize> {
        None
    }

    /// A server that applies a request unless it holds a bad record (or is over `limit`
    /// records), keeping what it applied and counting calls.
    struct Server {
        bad: Vec<i32>,
        limit: usize,
        applied: Vec<i32>,
        calls: usize,
    }

    impl Server {
        fn new(bad: &[i32]) -> Server {
            Server {
                bad: bad.to_vec(),
                limit: usize::MAX,
                applied: Vec::new(),
                calls: 0,
            }
        }

        fn send(&mut self, piece: &[i32]) -> anyhow::Result<()> {
            self.calls += 1;
            if piece.len() > self.limit {
                return Err(too_large());
            }
            if let Some(bad) = piece.iter().find(|r| self.bad.contains(r)) {
                return Err(refused(&format!("record {bad} is refused")));
            }
            self.applied.extend_from_slice(piece);
            Ok(())
        }
    }

    #[test]
    fn a_413_halves_what_was_sent_down_to_one_record() {
        let mut size = BatchSize::new(1000);
        size.shrink_after_sending(too_large(), "record", 5).unwrap();
        assert_eq!(size.get(), 2, "half of the 5 sent, not of 1000");
        size.shrink_after(too_large(), "record").unwrap();
        assert_eq!(size.get(), 1);
        let err = size.shrink_after(too_large(), "record").unwrap_err();
        assert!(format!("{err:#}").contains("even one record"), "{err:#}");
        let other = anyhow::anyhow!("another failure");
        assert!(size.shrink_after(other, "record").is_err());
    }

    #[test]
    fn a_refused_batch_is_narrowed_to_its_failing_record_and_the_ones_before_it_applied() {
        let items: Vec<i32> = (1..=1000).collect();
        let mut server = Server::new(&[437]);
        let mut sender = Sender::new(1000, false);
        let stop = sender
            .send_all(&items, &nobody_named, &mut |_, piece| server.send(piece))
            .unwrap_err();
        assert_eq!(stop.committed, 436);
        match stop.halt {
            Halt::Refused {
                culprit: Some(436),
                error,
            } => assert!(error.to_string().contains("record 437")),
            other => panic!("{other:?}"),
        }
        assert_eq!(server.applied, (1..=436).collect::<Vec<_>>());
        assert!(server.calls <= 22, "{} calls", server.calls);
    }

    #[test]
    fn a_record_the_server_names_is_found_in_one_more_call() {
        let items: Vec<i32> = (1..=10).collect();
        let mut server = Server::new(&[7]);
        let named = |err: &anyhow::Error, piece: &[i32]| {
            let bad: i32 = err.to_string().split(' ').nth(1)?.parse().ok()?;
            piece.iter().position(|r| *r == bad)
        };
        let mut sender = Sender::new(10, false);
        let stop = sender
            .send_all(&items, &named, &mut |_, piece| server.send(piece))
            .unwrap_err();
        assert_eq!(stop.committed, 6);
        assert!(matches!(
            stop.halt,
            Halt::Refused {
                culprit: Some(6),
                ..
            }
        ));
        assert_eq!(server.calls, 2, "the batch, then the records before it");
    }

    #[test]
    fn atomic_runs_are_never_split() {
        let items: Vec<i32> = (1..=10).collect();
        let mut server = Server::new(&[3]);
        server.limit = 4;
        let mut sender = Sender::new(10, true);
        let stop = sender
            .send_all(&items, &nobody_named, &mut |_, piece| server.send(piece))
            .unwrap_err();
        assert_eq!(stop.committed, 0);
        assert!(matches!(stop.halt, Halt::NotApplied { .. }), "413 is final");
        assert_eq!(server.calls, 1);
        server.limit = usize::MAX;
        let stop = sender
            .send_all(&items, &nobody_named, &mut |_, piece| server.send(piece))
            .unwrap_err();
        assert!(matches!(stop.halt, Halt::Refused { culprit: None, .. }));
        assert_eq!(server.calls, 2, "no narrowing");
        assert!(server.applied.is_empty());
    }

    #[test]
    fn batches_after_a_413_carry_half_of_what_was_sent() {
        let items: Vec<i32> = (1..=7).collect();
        let mut server = Server::new(&[]);
        server.limit = 3;
        let mut sender = Sender::new(1000, false);
        sender
            .send_all(&items, &nobody_named, &mut |_, piece| server.send(piece))
            .unwrap();
        assert_eq!(server.applied, items);
        // 7 refused, then 3 + 3 + 1: no request for 500, 250, 125... records.
        assert_eq!(server.calls, 4);
    }

    #[test]
    fn a_lost_answer_leaves_its_records_in_doubt_and_is_not_sent_again() {
        let items: Vec<i32> = (1..=6).collect();
        let mut calls = 0;
        let mut sender = Sender::new(2, false);
        let stop = sender
            .send_all(&items, &nobody_named, &mut |offset, _| {
                calls += 1;
                if offset == 2 { Err(dropped()) } else { Ok(()) }
            })
            .unwrap_err();
        assert_eq!(stop.committed, 2);
        assert!(matches!(stop.halt, Halt::InDoubt { records, .. } if records == (2..4)));
        assert_eq!(calls, 2);
    }
}
