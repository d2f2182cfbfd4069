// Internal to src/mail: GMime start-up and ownership of its GObjects.
#pragma once

#include <gmime/gmime.h>

#include <memory>
#include <string>

namespace bs::mail {

// g_mime_init exactly once per process, from any thread.
void EnsureGMime();

struct GObjectUnref {
  void operator()(void* p) const {
    if (p) g_object_unref(p);
  }
};
// Owns one reference to a GObject (message, part, stream, parser).
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

// The bytes a memory stream holds.
std::string StreamBytes(GMimeStream* mem);

}  // namespace bs::mail
