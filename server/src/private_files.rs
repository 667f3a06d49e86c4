//! Files and folders only the server's own user can read: the database, printed letters with
//! access codes, agency notices with names, the secret key. Created that way from the start
//! (no moment in which another local user could open them).

use std::fs::{File, OpenOptions};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Owner read and write.
const FILE_MODE: u32 = 0o600;
/// Owner read, write and enter.
const FOLDER_MODE: u32 = 0o700;

/// Makes `folder` (and any missing parents) readable by the owner only. A folder that exists
/// already is left as it is: it may be shared on purpose (`/tmp`, a notices share).
pub fn create_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(FOLDER_MODE);
    builder.create(folder)
}

/// Opens `path` for writing (created if missing) with owner-only permissions, also when it
/// existed with wider ones.
pub fn open(path: &Path, options: &mut OpenOptions) -> std::io::Result<File> {
    #[cfg(unix)]
    options.mode(FILE_MODE);
    let file = options.open(path)?;
    #[cfg(unix)]
    file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    Ok(file)
}

/// Writes `contents` to `path` (replacing it), readable by the owner only.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = open(
        path,
        OpenOptions::new().write(true).create(true).truncate(true),
    )?;
    file.write_all(contents.as_ref())
}

/// Creates `path` empty (if missing) so that the program that fills it (SQLite) finds it
/// owner-only.
pub fn touch(path: &Path) -> std::io::Result<()> {
    open(path, OpenOptions::new().write(true).create(true)).map(drop)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn files_and_folders_are_the_owner_s_alone() {
        let base = std::env::temp_dir().join(format!("myrecord-private-{}", std::process::id()));
        let folder = base.join("a/b");
        create_folder(&folder).unwrap();
        assert_eq!(mode(&folder), 0o700);
        let file = folder.join("letter.html");
        std::fs::write(&file, "old").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        write(&file, "new").unwrap();
        assert_eq!(mode(&file), 0o600);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        std::fs::remove_dir_all(base).unwrap();
    }
}
