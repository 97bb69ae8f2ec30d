//! The words of a text being edited, counted again only on the lines an edit changed:
//! counting a long text on every key would make typing slower the longer it gets.

use crate::domain::word_count;

/// Each line's text and its words, as last counted.
#[derive(Debug, Default)]
pub struct WordTally {
    lines: Vec<(String, usize)>,
    total: usize,
}

impl WordTally {
    pub fn new(lines: &[String]) -> Self {
        let mut tally = Self::default();
        tally.update(lines);
        tally
    }

    /// Brings the count up to date with `lines`. An edit changes one run of lines (it
    /// may add or remove some): the lines equal from the start and from the end keep
    /// their counts. Lines break at whitespace, so the text's words are the lines' words.
    pub fn update(&mut self, lines: &[String]) -> usize {
        let same = |(counted, line): &(&(String, usize), &String)| counted.0 == **line;
        let prefix = self.lines.iter().zip(lines).take_while(same).count();
        let suffix = self.lines[prefix..].iter().rev().zip(lines[prefix..].iter().rev()).take_while(same).count();
        let stale = prefix..self.lines.len() - suffix;
        let changed = &lines[prefix..lines.len() - suffix];
        self.total -= self.lines[stale.clone()].iter().map(|(_, words)| words).sum::<usize>();
        let recounted: Vec<(String, usize)> = changed.iter().map(|line| (line.clone(), word_count(line))).collect();
        self.total += recounted.iter().map(|(_, words)| words).sum::<usize>();
        self.lines.splice(stale, recounted);
        self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.split('\n').map(str::to_owned).collect()
    }

    #[test]
    fn every_kind_of_edit_leaves_the_count_of_the_whole_text() {
        let texts = [
            "parents read\nnightly with their children\n\nand track progress",
            "parents read\nnightly with their kids today\n\nand track progress",
            "parents read nightly with their kids today\n\nand track progress",
            "parents\nread nightly with\n their kids\ntoday\n\nand track progress",
            "parents\nread nightly with\n their kids\ntoday\n\nand track progress",
            "",
            "one\ntwo\none\ntwo",
            "one\ntwo\ntwo",
            "   \n\t",
        ];
        let mut tally = WordTally::new(&lines(texts[0]));
        for text in texts {
            assert_eq!(tally.update(&lines(text)), word_count(text), "{text:?}");
        }
    }
}
