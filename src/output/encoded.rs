//! Text written in another encoding than UTF-8 (`export --encoding windows-1252`), for
//! spreadsheets that read CSV in the system's legacy code page. A character the encoding cannot
//! hold is an error naming it — never a `?` or a `&#…;` in the data.

use std::io::{self, Write};

use crate::exit::Failure;

pub struct Encoded<W: Write> {
    out: W,
    encoding: &'static encoding_rs::Encoding,
    encoder: Option<encoding_rs::Encoder>,
    /// The end of the last write when it split a UTF-8 sequence.
    pending: Vec<u8>,
}

impl<W: Write> Encoded<W> {
    pub fn new(out: W, encoding: &'static encoding_rs::Encoding) -> Encoded<W> {
        let encoder = (encoding != encoding_rs::UTF_8).then(|| encoding.new_encoder());
        Encoded {
            out,
            encoding,
            encoder,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Encoded<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let Some(encoder) = &mut self.encoder else {
            return self.out.write(buf);
        };
        self.pending.extend_from_slice(buf);
        let complete = match std::str::from_utf8(&self.pending) {
            Ok(text) => text.len(),
            Err(err) if err.error_len().is_none() => err.valid_up_to(),
            Err(_) => return Err(io::Error::other("output that is not UTF-8 text")),
        };
        let text = std::str::from_utf8(&self.pending[..complete]).unwrap_or_default();
        let mut bytes = Vec::with_capacity(text.len() + 16);
        let mut rest = text;
        loop {
            let room = encoder
                .max_buffer_length_from_utf8_without_replacement(rest.len())
                .unwrap_or(rest.len() * 4 + 16);
            bytes.reserve(room);
            let (result, read) =
                encoder.encode_from_utf8_to_vec_without_replacement(rest, &mut bytes, false);
            match result {
                encoding_rs::EncoderResult::InputEmpty => break,
                encoding_rs::EncoderResult::OutputFull => rest = &rest[read..],
                encoding_rs::EncoderResult::Unmappable(c) => {
                    return Err(io::Error::other(Failure::usage(format!(
                        "the character '{c}' (U+{:04X}) cannot be written in {}: export with --encoding utf-8, or change the record",
                        c as u32,
                        self.encoding.name()
                    ))));
                }
            }
        }
        self.out.write_all(&bytes)?;
        self.pending.drain(..complete);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_written_in_the_encoding_and_a_character_it_lacks_is_an_error() {
        let mut out = Encoded::new(Vec::new(), encoding_rs::WINDOWS_1252);
        // "é" split across two writes still comes out as one byte.
        out.write_all("Caf\u{e9}".as_bytes()[..4].as_ref()).unwrap();
        out.write_all(&"Caf\u{e9};€\r\n".as_bytes()[4..]).unwrap();
        assert_eq!(out.out, b"Caf\xe9;\x80\r\n");
        let err = out.write_all("Ω".as_bytes()).unwrap_err();
        assert!(
            err.to_string()
                .contains("'Ω' (U+03A9) cannot be written in windows-1252"),
            "{err}"
        );
        let mut plain = Encoded::new(Vec::new(), encoding_rs::UTF_8);
        plain.write_all("Ω".as_bytes()).unwrap();
        assert_eq!(plain.out, "Ω".as_bytes());
    }
}
