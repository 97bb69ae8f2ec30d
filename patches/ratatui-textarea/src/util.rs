use ratatui_core::buffer::CellWidth as _;

pub fn spaces(size: u8) -> &'static str {
    const SPACES: &str = "                                                                                                                                                                                                                                                                ";
    &SPACES[..size as usize]
}

/// The number of cells ratatui draws `c` in. Unlike `UnicodeWidthChar::width`, this counts the
/// halfwidth katakana sound marks `ﾞ` and `ﾟ` as one cell each. Control chars are not drawn, so
/// they take no cells.
pub fn char_width(c: char) -> usize {
    if c.is_control() {
        0
    } else {
        c.encode_utf8(&mut [0; 4]).cell_width().into()
    }
}

/// Whether `c` is a grapheme of its own whatever comes before or after it, and one cell
/// wide: printable ASCII, the letters and signs of Latin-1 and Latin Extended-A and -B
/// (the accented letters of European languages), and the common dashes, quotes, ellipsis,
/// per mille and currency signs. None of them combines with a neighbour, so a text of them
/// can be drawn and measured a char at a time, without segmenting it into graphemes.
pub fn is_single_cell_char(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{24F}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{203A}'
        | '\u{20A0}'..='\u{20C0}')
}

/// Whether every char of `text` is a single-cell char or an ASCII control char, which
/// ratatui draws in no cell at all.
pub fn is_single_cell_text(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii_control() || is_single_cell_char(c))
}

pub fn num_digits(i: usize) -> u8 {
    f64::log10(i as f64) as u8 + 1
}

#[derive(Debug, Clone)]
pub struct Pos {
    pub row: usize,
    pub col: usize,
    pub offset: usize,
}

impl Pos {
    pub fn new(row: usize, col: usize, offset: usize) -> Self {
        Self { row, col, offset }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation as _;

    #[test]
    fn single_cell_chars_are_graphemes_of_their_own_one_cell_wide() {
        for c in ('\0'..='\u{10FFFF}').filter(|&c| is_single_cell_char(c)) {
            assert_eq!(char_width(c), 1, "{c:?} U+{:04X}", c as u32);
            for text in [format!("a{c}"), format!("{c}a"), format!("{c}{c}"), format!("{c}\u{301}")] {
                let expected = if text.ends_with('\u{301}') { 1 } else { 2 };
                assert_eq!(text.graphemes(true).count(), expected, "{text:?}");
            }
        }
    }
}
