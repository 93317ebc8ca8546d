//! Bytes to the text every span indexes into.
//!
//! Saved pages come as UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or a legacy
//! 8-bit code page. The decoded text is what the article stores, so line endings are normalised
//! here, once, before anything computes an offset: CRLF and lone CR become LF. That is also how a
//! reader in universal-newline mode (Python's `open`) sees the file, so offsets agree with it.
//! A UTF-8 byte-order mark is dropped for the same reason it is invisible to such readers' users.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// The decoded text and what the reader should know about how it was obtained.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Why bytes could not become article text.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL or other control bytes that no text file holds: an image, an archive, a PDF.
    Binary { offset: usize },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Binary { offset } => {
                write!(f, "a binary file, not text (control byte at offset {offset}); only plain-text articles can be read")
            }
        }
    }
}

/// Decodes an article file. An empty file decodes to empty text with a warning (it becomes an
/// article with no body rather than stopping a whole corpus build).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut warnings = Vec::new();
    if bytes.is_empty() {
        warnings.push("the file is empty".to_string());
        return Ok(Decoded { text: String::new(), warnings });
    }
    let (encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (enc, len),
        None => (UTF_8, 0),
    };
    let body = &bytes[bom_len..];
    let text = if encoding == UTF_16LE || encoding == UTF_16BE {
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            warnings.push(format!("invalid {} sequences were replaced with U+FFFD", encoding.name()));
        }
        text.into_owned()
    } else {
        reject_binary(body)?;
        match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                // Not UTF-8: a page saved in a legacy code page. Windows-1252 is the superset of
                // Latin-1 that browsers use for both labels, so it is the best single guess.
                warnings.push("not UTF-8: decoded as Windows-1252 (cp1252); check accented letters".to_string());
                let (text, _) = WINDOWS_1252.decode_without_bom_handling(body);
                text.into_owned()
            }
        }
    };
    if let Some(offset) = text.find('\0') {
        return Err(DecodeError::Binary { offset });
    }
    let text = normalise_newlines(text);
    if text.trim().is_empty() {
        warnings.push("the file holds only white space".to_string());
    }
    Ok(Decoded { text, warnings })
}

/// NUL and the C0 controls other than tab, newlines, form feed and escape never occur in text.
/// A few stray ones are tolerated (pages carry odd bytes); many, or any NUL, mean binary.
fn reject_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = sample.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let controls: Vec<usize> = sample
        .iter()
        .enumerate()
        .filter(|(_, &b)| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .map(|(i, _)| i)
        .collect();
    if controls.len() > 8 && controls.len() * 100 > sample.len() {
        return Err(DecodeError::Binary { offset: controls[0] });
    }
    Ok(())
}

/// CRLF and lone CR to LF; borrows nothing, allocates only when there is a CR.
fn normalise_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Zoë said".as_bytes()).unwrap().text, "Zoë said");
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice("Zoë".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "Zoë");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_both_orders() {
        let s = "“Yes,” she said.\r\nNext";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "“Yes,” she said.\nNext");
        assert_eq!(decode(&be).unwrap().text, "“Yes,” she said.\nNext");
    }

    #[test]
    fn cp1252_is_decoded_with_a_warning() {
        let d = decode(b"\x93Caf\xe9,\x94 he said").unwrap();
        assert_eq!(d.text, "“Café,” he said");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        assert_eq!(decode(b"a\r\nb\rc\n").unwrap().text, "a\nb\nc\n");
    }

    #[test]
    fn empty_is_a_warning_and_binary_an_error() {
        let d = decode(b"").unwrap();
        assert_eq!(d.text, "");
        assert_eq!(d.warnings, vec!["the file is empty".to_string()]);
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(DecodeError::Binary { .. })));
    }
}
