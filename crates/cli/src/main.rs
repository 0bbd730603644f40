//! `primer`: check study guides and build them into static sites. `main`
//! only maps outcomes to exit codes: 0 clean, 1 content errors (or warnings
//! with `--strict`), 2 usage.

mod args;
mod build;
mod build_site;
mod check;
mod disk;
mod previous_build;
mod report;
mod search_index;
mod site;
mod staging;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = args::Args::parse();
    let outcome = match args.command {
        args::Command::Check(check) => check::run(&check),
        args::Command::Build(build) => build::run(&build),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
