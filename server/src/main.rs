//! Entry point of the `myrecord` binary; everything else lives in the library.

use tracing_subscriber::EnvFilter;

// Parsing an extract allocates many small strings; mimalloc is measurably faster at that than
// the system allocator (see the README's benchmark section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Settings may come from a `.env` file beside the working directory (see .env.example);
    // real environment variables win.
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = myrecord_server::cli::Cli::from_args_and_env();
    match myrecord_server::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
