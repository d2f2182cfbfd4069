#include "text/latin_key.h"

namespace bs {
namespace {

// U+00C0..U+00FF, one entry per code point ("" for × and ÷).
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100..U+017F, one base letter per code point (upper and lower pairs).
constexpr const char* kLatinExtA[128] = {
    "a",  "a",  "a",  "a",  "a",  "a",  "c",  "c",  "c",  "c",  "c",  "c",  "c",  "c",  "d",  "d",
    "d",  "d",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "g",  "g",  "g",  "g",
    "g",  "g",  "g",  "g",  "h",  "h",  "h",  "h",  "i",  "i",  "i",  "i",  "i",  "i",  "i",  "i",
    "i",  "i",  "ij", "ij", "j",  "j",  "k",  "k",  "k",  "l",  "l",  "l",  "l",  "l",  "l",  "l",
    "l",  "l",  "l",  "n",  "n",  "n",  "n",  "n",  "n",  "n",  "n",  "n",  "o",  "o",  "o",  "o",
    "o",  "o",  "oe", "oe", "r",  "r",  "r",  "r",  "r",  "r",  "s",  "s",  "s",  "s",  "s",  "s",
    "s",  "s",  "t",  "t",  "t",  "t",  "t",  "t",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",
    "u",  "u",  "u",  "u",  "w",  "w",  "y",  "y",  "y",  "z",  "z",  "z",  "z",  "z",  "z",  "s"};

// Cyrillic U+0430..U+044F (а..я), a common romanisation that keeps names
// close to their usual Latin spelling (й -> i as in "Zelenskii"/"Zelensky"
// prefixes; hard and soft signs vanish).
constexpr const char* kCyrillic[32] = {
    "a", "b", "v", "g",  "d",  "e",  "zh",   "z", "i", "i", "k",  "l",  "m", "n",  "o",  "p",
    "r", "s", "t", "u",  "f",  "kh", "ts",   "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

// Cyrillic U+0450..U+045F (ѐ..џ: Ukrainian, Belarusian, Serbian, Macedonian).
constexpr const char* kCyrillicExt[16] = {
    "e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz"};

// Greek U+03B1..U+03C9 (α..ω; ς final sigma at U+03C2).
constexpr const char* kGreek[25] = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                                    "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};

char32_t LowerForKey(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

const char* KeyOf(char32_t c) {
  c = LowerForKey(c);
  if (c < 0x80) {
    static const char* const kAscii[] = {
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h",
        "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
    if (c >= '0' && c <= '9') return kAscii[c - '0'];
    if (c >= 'a' && c <= 'z') return kAscii[10 + (c - 'a')];
    return nullptr;
  }
  if (c >= 0xC0 && c <= 0xFF) return *kLatin1[c - 0xC0] ? kLatin1[c - 0xC0] : nullptr;
  if (c >= 0x100 && c <= 0x17F) return kLatinExtA[c - 0x100];
  if (c >= 0x3B1 && c <= 0x3C9) return kGreek[c - 0x3B1];
  switch (c) {  // Greek lowercase with tonos
    case 0x3AC: return "a";
    case 0x3AD: return "e";
    case 0x3AE: return "i";
    case 0x3AF: return "i";
    case 0x3CC: return "o";
    case 0x3CD: return "y";
    case 0x3CE: return "o";
    case 0x386: return "a";
    case 0x388: return "e";
    case 0x389: return "i";
    case 0x38A: return "i";
    case 0x38C: return "o";
    case 0x38E: return "y";
    case 0x38F: return "o";
    default: break;
  }
  if (c >= 0x430 && c <= 0x44F) return kCyrillic[c - 0x430];
  if (c >= 0x450 && c <= 0x45F) return kCyrillicExt[c - 0x450];
  if (c == 0x491) return "g";  // ґ
  if (c == 0x490) return "g";
  return nullptr;
}

}  // namespace

void AppendLatinKeySlow(char32_t cp, std::string* out) {
  if (const char* k = KeyOf(cp)) out->append(k);
}

bool HasLatinKey(char32_t cp) { return KeyOf(cp) != nullptr; }

}  // namespace bs
