//! Requests that carry many records, cut to what the server takes. trytond 8.x may cap the
//! records of one request (`[request] records_limit`) and refuses a request over it with HTTP
//! 413 before the method runs (`trytond/rpc.py`, `_check_size_limits`): nothing was applied, so
//! the same records are sent again in smaller pieces.

use crate::rpc;

/// A batch size that halves each time the server refuses a batch as too large.
#[derive(Clone, Copy, Debug)]
pub struct BatchSize {
    size: usize,
    verbose: bool,
}

impl BatchSize {
    pub fn new(size: usize, verbose: bool) -> BatchSize {
        BatchSize {
            size: size.max(1),
            verbose,
        }
    }

    pub fn get(&self) -> usize {
        self.size
    }

    /// After a failed request: `Ok` when it was a 413 and a smaller batch may pass (the size
    /// is halved), else the error as it was — also when one record alone was too large.
    pub fn shrink_after(&mut self, err: anyhow::Error, what: &str) -> anyhow::Result<()> {
        if !is_too_large(&err) {
            return Err(err);
        }
        if self.size <= 1 {
            return Err(err.context(format!(
                "the server refuses even one {what} per request as too large ([request] records_limit, or a proxy's body limit)"
            )));
        }
        self.size = (self.size / 2).max(1);
        if self.verbose {
            eprintln!(
                "* the server refused the batch as too large (HTTP 413); {} {what}s per request from now on",
                self.size
            );
        }
        Ok(())
    }
}

/// Sends `items` in batches through `send`, halving the batch on HTTP 413. A failure after some
/// batches went through says how many items were `done` ("created", "deleted"…): each batch is
/// one transaction, so those stay. Returns how many were sent.
pub fn send_in_batches<T>(
    items: &[T],
    batch: &mut BatchSize,
    done: &str,
    mut send: impl FnMut(&[T]) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    while sent < items.len() {
        let piece = &items[sent..(sent + batch.get()).min(items.len())];
        match send(piece) {
            Ok(()) => sent += piece.len(),
            Err(err) => match batch.shrink_after(err, "record") {
                Ok(()) => {}
                Err(err) if sent == 0 => return Err(err),
                Err(err) => {
                    return Err(err.context(format!(
                        "{sent} of {} records were {done} before this failure (each batch is one transaction)",
                        items.len()
                    )));
                }
            },
        }
    }
    Ok(sent)
}

fn is_too_large(err: &anyhow::Error) -> bool {
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

    #[test]
    fn a_413_halves_the_batch_down_to_one_record() {
        let mut size = BatchSize::new(5, false);
        size.shrink_after(too_large(), "record").unwrap();
        assert_eq!(size.get(), 2);
        size.shrink_after(too_large(), "record").unwrap();
        assert_eq!(size.get(), 1);
        let err = size.shrink_after(too_large(), "record").unwrap_err();
        assert!(format!("{err:#}").contains("even one record"), "{err:#}");
        let other = anyhow::anyhow!("another failure");
        assert!(size.shrink_after(other, "record").is_err());
    }
}
