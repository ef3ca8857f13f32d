// Copies a SQLite database while other connections keep reading and
// writing it, with SQLite's online backup API: the copy is the database as
// one committed transaction left it (WAL contents included), never a mix of
// two. Writers are not blocked; a copy interrupted by a writer restarts.
#pragma once

#include <filesystem>

#include "util/status.h"

namespace wenyuan::catalog {

// Writes the database at `source` (which must exist) to the new file
// `dest` (NotFound if `source` is missing, AlreadyExists if `dest` exists),
// fsynced. Errors name the file and SQLite's message.
Status BackupDatabase(const std::filesystem::path& source, const std::filesystem::path& dest);

}  // namespace wenyuan::catalog
