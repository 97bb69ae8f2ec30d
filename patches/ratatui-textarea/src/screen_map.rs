use crate::cursor::{DataCursor, ScreenCursor};
use crate::textarea::TextArea;
use crate::util::{char_width, num_digits};
use crate::wrap::{WrapMode, WrappedLine, effective_wrap_width, line_ranges};

#[derive(Debug, Clone, Copy)]
pub(crate) struct ScreenLine {
    pub wrapped: WrappedLine,
    pub screen_width: usize,
    pub cursor_max_col: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DataLine {
    pub first_screen_line: usize,
    pub screen_line_count: usize,
    pub pure_ascii: bool,
}

fn is_pure_ascii(line: &str) -> bool {
    line.is_ascii() && !line.contains('\t')
}

fn char_display_width(c: char, col: usize, tab_len: u8, mask: Option<char>) -> usize {
    // A masked line is drawn as one mask character per char, so each char is as wide as the mask.
    if let Some(mask) = mask {
        char_width(mask)
    } else if c == '\t' {
        let tab = tab_len.max(1) as usize;
        let pad = tab - (col % tab);
        pad.max(1)
    } else {
        char_width(c)
    }
}

fn display_width(text: &str, tab_len: u8, mask: Option<char>) -> usize {
    let mut col = 0usize;
    for c in text.chars() {
        col += char_display_width(c, col, tab_len, mask);
    }
    col
}

fn screen_col_for_char_offset(
    text: &str,
    char_offset: usize,
    tab_len: u8,
    mask: Option<char>,
) -> usize {
    let mut col = 0usize;
    for c in text.chars().take(char_offset) {
        col += char_display_width(c, col, tab_len, mask);
    }
    col
}

fn char_offset_for_screen_col(
    text: &str,
    screen_col: usize,
    tab_len: u8,
    mask: Option<char>,
) -> usize {
    let mut col = 0usize;
    let mut chars = 0usize;
    for c in text.chars() {
        if col >= screen_col {
            break;
        }
        let width = char_display_width(c, col, tab_len, mask);
        if col + width > screen_col {
            break;
        }
        col += width;
        chars += 1;
    }
    chars
}

/// What the rows of a line depend on besides its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WrapKey {
    mode: WrapMode,
    /// `None` when lines are not wrapped.
    width: Option<usize>,
    tab_len: u8,
    mask: Option<char>,
}

/// One row of a line, as a [`WrappedLine`] without the line's index.
#[derive(Debug, Clone, Copy)]
struct RowShape {
    start_byte: usize,
    end_byte: usize,
    start_col: usize,
    end_col: usize,
    screen_width: usize,
    cursor_max_col: usize,
}

/// A line's text and its rows.
#[derive(Debug, Clone)]
struct WrappedText {
    text: String,
    pure_ascii: bool,
    rows: Vec<RowShape>,
}

impl WrappedText {
    fn new(line: &str, key: WrapKey) -> Self {
        let ranges = match key.width {
            Some(width) => line_ranges(line, key.mode, width, key.tab_len, key.mask),
            None => vec![(0, line.len())],
        };
        let last = ranges.len().saturating_sub(1);
        let mut start_col = 0usize;
        let rows = ranges
            .into_iter()
            .enumerate()
            .map(|(i, (start_byte, end_byte))| {
                let fragment = &line[start_byte..end_byte];
                let char_count = fragment.chars().count();
                let screen_width = display_width(fragment, key.tab_len, key.mask);
                // The cursor may stand after the last char of a line, but on a row that
                // continues, only on its last char.
                let cursor_max_col = if i == last {
                    screen_width
                } else {
                    screen_col_for_char_offset(
                        fragment,
                        char_count.saturating_sub(1),
                        key.tab_len,
                        key.mask,
                    )
                };
                let row = RowShape {
                    start_byte,
                    end_byte,
                    start_col,
                    end_col: start_col + char_count,
                    screen_width,
                    cursor_max_col,
                };
                start_col += char_count;
                row
            })
            .collect();
        Self {
            text: line.to_string(),
            pure_ascii: is_pure_ascii(line),
            rows,
        }
    }
}

/// The rows of every line, kept between edits so that an edit wraps again only the lines it
/// changed: typing costs the same in a long text as in a short one.
#[derive(Debug, Clone, Default)]
pub(crate) struct WrapCache {
    key: Option<WrapKey>,
    lines: Vec<WrappedText>,
}

impl WrapCache {
    /// Brings the cache up to date with `lines`. An edit changes a run of lines (it may add
    /// or remove some), so the lines before and after that run keep their rows.
    fn update(&mut self, lines: &[String], key: WrapKey) {
        if self.key != Some(key) {
            self.lines.clear();
            self.key = Some(key);
        }
        let same = |(cached, line): &(&WrappedText, &String)| cached.text == **line;
        let prefix = self.lines.iter().zip(lines).take_while(same).count();
        let suffix = self.lines[prefix..]
            .iter()
            .rev()
            .zip(lines[prefix..].iter().rev())
            .take_while(same)
            .count();
        let changed = &lines[prefix..lines.len() - suffix];
        let stale = prefix..self.lines.len() - suffix;
        self.lines.splice(
            stale,
            changed.iter().map(|line| WrappedText::new(line, key)),
        );
    }
}

impl TextArea<'_> {
    pub(crate) fn screen_map_load(&self) {
        let wrap_width = if self.wrap_mode() != WrapMode::None {
            let width = self.area.get().width;
            if width > 0 {
                let line_number_len = self
                    .line_number_style()
                    .map(|_| num_digits(self.lines.len()));
                Some(effective_wrap_width(width, line_number_len))
            } else {
                None
            }
        } else {
            None
        };
        let key = WrapKey {
            mode: self.wrap_mode(),
            width: wrap_width,
            tab_len: self.tab_length(),
            mask: self.mask_char(),
        };
        let mut cache = self.wrap_cache.borrow_mut();
        cache.update(&self.lines, key);

        let mut screen_lines = self.screen_lines.borrow_mut();
        let mut data_pointers = self.data_pointers.borrow_mut();
        screen_lines.clear();
        data_pointers.clear();
        for (row, wrapped_text) in cache.lines.iter().enumerate() {
            data_pointers.push(DataLine {
                first_screen_line: screen_lines.len(),
                screen_line_count: wrapped_text.rows.len(),
                pure_ascii: wrapped_text.pure_ascii,
            });
            let last = wrapped_text.rows.len() - 1;
            screen_lines.extend(wrapped_text.rows.iter().enumerate().map(|(i, shape)| {
                ScreenLine {
                    wrapped: WrappedLine {
                        row,
                        start_byte: shape.start_byte,
                        end_byte: shape.end_byte,
                        start_col: shape.start_col,
                        end_col: shape.end_col,
                        first_in_row: i == 0,
                        last_in_row: i == last,
                    },
                    screen_width: shape.screen_width,
                    cursor_max_col: shape.cursor_max_col,
                }
            }));
        }
    }

    pub(crate) fn screen_lines_count(&self) -> usize {
        self.screen_lines.borrow().len()
    }

    pub(crate) fn screen_line_width(&self, row: usize) -> usize {
        self.screen_lines.borrow()[row].screen_width
    }

    pub(crate) fn screen_line_max_cursor_col(&self, row: usize) -> usize {
        self.screen_lines.borrow()[row].cursor_max_col
    }

    pub(crate) fn screen_line(&self, row: usize) -> ScreenLine {
        self.screen_lines.borrow()[row]
    }

    pub(crate) fn screen_to_array(&self, screen: ScreenCursor) -> DataCursor {
        if let Some(dc) = screen.dc {
            return dc;
        }

        let line = self.screen_line(screen.row);
        let fragment =
            &self.lines[line.wrapped.row][line.wrapped.start_byte..line.wrapped.end_byte];
        let char_offset =
            char_offset_for_screen_col(fragment, screen.col, self.tab_length(), self.mask_char());
        DataCursor(line.wrapped.row, line.wrapped.start_col + char_offset)
    }

    pub(crate) fn array_to_screen(&self, array: DataCursor) -> ScreenCursor {
        let data_line = &self.data_pointers.borrow()[array.0];
        let screen_lines = self.screen_lines.borrow();

        let mut screen_idx = data_line.first_screen_line;
        for idx in
            data_line.first_screen_line..data_line.first_screen_line + data_line.screen_line_count
        {
            let line = screen_lines[idx];
            let contains = if line.wrapped.last_in_row {
                line.wrapped.start_col <= array.1 && array.1 <= line.wrapped.end_col
            } else {
                line.wrapped.start_col <= array.1 && array.1 < line.wrapped.end_col
            };
            if contains {
                screen_idx = idx;
                break;
            }
        }

        let line = screen_lines[screen_idx];
        let fragment = &self.lines[array.0][line.wrapped.start_byte..line.wrapped.end_byte];
        let char_offset = array.1.saturating_sub(line.wrapped.start_col);
        let col =
            screen_col_for_char_offset(fragment, char_offset, self.tab_length(), self.mask_char());

        ScreenCursor {
            row: screen_idx,
            col,
            char: self.lines[array.0].chars().nth(array.1),
            dc: Some(array),
        }
    }

    pub(crate) fn data_cursor(&self, screen: ScreenCursor) -> DataCursor {
        screen.to_array_cursor(self)
    }

    pub(crate) fn increment_screen_cursor(&self, screen: ScreenCursor) -> ScreenCursor {
        let dc = self.data_cursor(screen);
        self.array_to_screen(DataCursor(dc.0, dc.1 + 1))
    }

    pub(crate) fn decrement_screen_cursor(&self, screen: ScreenCursor) -> ScreenCursor {
        let dc = self.data_cursor(screen);
        self.array_to_screen(DataCursor(dc.0, dc.1 - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui_core::layout::Rect;

    fn make_textarea(lines: &[&str], wrap_mode: WrapMode, width: u16) -> TextArea<'static> {
        let mut textarea = TextArea::from(lines.iter().copied());
        textarea.set_wrap_mode(wrap_mode);
        textarea.area.set(Rect {
            x: 0,
            y: 0,
            width,
            height: 40,
        });
        textarea.screen_map_load();
        textarea
    }

    fn assert_round_trips(textarea: &TextArea<'_>) {
        for (row, line) in textarea.lines.iter().enumerate() {
            for col in 0..=line.chars().count() {
                let dc = DataCursor(row, col);
                let sc = textarea.array_to_screen(dc);
                assert_eq!(textarea.screen_to_array(sc), dc);

                let detached = ScreenCursor { dc: None, ..sc };
                assert_eq!(textarea.screen_to_array(detached), dc);
                assert_eq!(
                    textarea.array_to_screen(textarea.screen_to_array(detached)),
                    sc
                );
            }
        }
    }

    #[test]
    fn screen_map_round_trips_ascii_word_wrap() {
        let textarea = make_textarea(
            &[
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                "Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
            ],
            WrapMode::Word,
            24,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    #[test]
    fn screen_map_round_trips_cjk_glyph_wrap() {
        let textarea = make_textarea(
            &["混合中文字符和ASCIIabc来验证屏幕坐标与数据坐标的往返转换。"],
            WrapMode::Glyph,
            12,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    #[test]
    fn screen_map_round_trips_multilingual_word_or_glyph_wrap() {
        let textarea = make_textarea(
            &[
                "ASCII and русский текст can share one buffer.",
                "第二行 mixed-width 内容 with English words.",
            ],
            WrapMode::WordOrGlyph,
            18,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    #[test]
    fn screen_map_round_trips_hanging_spaces_and_hyphens() {
        let textarea = make_textarea(
            &[
                "the best-selling   time.   Of all    time",
                "  indented \"quoted\" (text) 日本語の本 👍🏽 ok",
            ],
            WrapMode::WordOrGlyph,
            8,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    fn fresh_screen_map(textarea: &TextArea<'_>) -> String {
        let mut fresh = TextArea::from(textarea.lines.iter().cloned());
        fresh.set_tab_length(textarea.tab_length());
        fresh.set_wrap_mode(textarea.wrap_mode());
        fresh.area.set(textarea.area.get());
        fresh.screen_map_load();
        format!("{:?} {:?}", fresh.screen_lines, fresh.data_pointers)
    }

    #[test]
    fn the_wrap_cache_gives_the_rows_of_a_fresh_wrap_after_every_edit() {
        use crate::CursorMove;

        let mut textarea = make_textarea(
            &[
                "First line with several words in it.",
                "Second\tline, with a tab and a long-hyphenated-word.",
                "Third line.",
                "Fourth line, 日本語の本 too.",
            ],
            WrapMode::WordOrGlyph,
            12,
        );
        let edits: Vec<fn(&mut TextArea<'_>)> = vec![
            |t| {
                t.move_cursor(CursorMove::Jump(1, 5));
                t.insert_newline();
            },
            |t| {
                t.insert_str("more words here\nand a new line ");
            },
            |t| {
                t.delete_line_by_head();
            },
            |t| {
                t.undo();
            },
            |t| {
                t.move_cursor(CursorMove::Bottom);
                t.delete_char();
                t.delete_char();
            },
            |t| {
                t.move_cursor(CursorMove::Top);
                t.move_cursor(CursorMove::End);
                t.delete_next_char();
            },
            |t| t.set_tab_length(2),
            |t| {
                t.area.set(Rect {
                    width: 7,
                    ..t.area.get()
                });
                t.screen_map_load();
            },
            |t| t.set_wrap_mode(WrapMode::Word),
            |t| {
                t.redo();
                t.undo();
                t.undo();
            },
        ];

        for (n, edit) in edits.into_iter().enumerate() {
            edit(&mut textarea);
            let cached = format!("{:?} {:?}", textarea.screen_lines, textarea.data_pointers);
            assert_eq!(cached, fresh_screen_map(&textarea), "after edit {n}");
        }
    }
}
