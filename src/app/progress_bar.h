// A one-line progress bar on stderr for commands run at a terminal.
#pragma once

#include <cstddef>

namespace bs {

// Redraws "[#####     ] done/total <unit>" in place; ends the line at total.
void DrawProgressBar(std::size_t done, std::size_t total, const char* unit);

}  // namespace bs
