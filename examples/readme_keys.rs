//! Writes the README's table of keys, made from the key bindings, between its markers
//! under "Keys" (a test fails until the README holds it): `cargo run --example readme_keys`.
//! With `--print` it only prints the table.

use std::process::ExitCode;

const START: &str = "<!-- keys: made by `cargo run --example readme_keys`; a test keeps it so -->\n";
const END: &str = "<!-- end of keys -->";

fn main() -> ExitCode {
    let table = backwards::app::readme_table();
    if std::env::args().any(|arg| arg == "--print") {
        print!("{table}");
        return ExitCode::SUCCESS;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = match std::fs::read_to_string(path) {
        Ok(readme) => readme,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        eprintln!("{path} has no markers for the table of keys: put {START:?} and {END:?} under \"Keys\"");
        return ExitCode::FAILURE;
    };
    let updated = format!("{}{START}{table}{}", &readme[..start], &readme[end..]);
    if updated == readme {
        println!("README.md's table of keys is up to date");
    } else if let Err(error) = std::fs::write(path, updated) {
        eprintln!("cannot write {path}: {error}");
        return ExitCode::FAILURE;
    } else {
        println!("README.md's table of keys written");
    }
    ExitCode::SUCCESS
}
