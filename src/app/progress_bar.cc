#include "app/progress_bar.h"

#include <cstdio>

namespace bs {

void DrawProgressBar(std::size_t done, std::size_t total, const char* unit) {
  constexpr int kWidth = 30;
  int filled = total == 0 ? kWidth : static_cast<int>(kWidth * (done > total ? total : done) / total);
  std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu %s", filled, "##############################", kWidth - filled, "", done,
               total, unit);
  if (done >= total) std::fputc('\n', stderr);
  std::fflush(stderr);
}

}  // namespace bs
