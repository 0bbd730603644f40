//! `primer check`: compile a guide and report what is wrong with it.

use std::process::ExitCode;

use anyhow::Result;

use crate::args::{CheckArgs, Format};
use crate::disk::DiskGuide;
use crate::report;

pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let guide = DiskGuide::open(&args.guide.guide, args.guide.partials.as_deref())?;
    // Each bundle is dropped as soon as it is compiled: check keeps none.
    let compiled = guide.compile_each(&mut |_, _| {})?;
    report::print(&compiled.diagnostics, &guide.texts.borrow(), args.format);
    let errors = compiled.diagnostics.iter().any(|d| d.is_error());
    let failed = errors || (args.strict && !compiled.diagnostics.is_empty());
    if args.format == Format::Human {
        eprintln!(
            "{}: {} chapters, {}",
            if failed {
                "check failed"
            } else {
                "check passed"
            },
            compiled.chapters,
            report::summary(&compiled.diagnostics)
        );
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
