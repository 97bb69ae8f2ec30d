//! Prints the README's table of keys, made from the key bindings: paste it between the
//! markers under "Keys" (a test fails until the README holds it).

fn main() {
    print!("{}", backwards::app::readme_table());
}
