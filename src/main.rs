fn main() -> std::process::ExitCode {
    backwards::cli::main()
}
