#include "feeds/html_entities.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace bs::feeds {
namespace {

// Latin-1 supplement names, U+00A0..U+00FF in code point order.
constexpr std::array<std::string_view, 96> kLatin1 = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
    "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
    "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

// Greek letters: capitals from U+0391, small from U+03B1 (U+03A2 is unused,
// U+03C2 is final sigma).
constexpr std::array<std::string_view, 25> kGreekUpper = {
    "Alpha", "Beta", "Gamma",   "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota",
    "Kappa", "Lambda", "Mu",    "Nu",    "Xi",      "Omicron", "Pi", "Rho", "",
    "Sigma", "Tau",  "Upsilon", "Phi",   "Chi",     "Psi",  "Omega"};
constexpr std::array<std::string_view, 25> kGreekLower = {
    "alpha", "beta", "gamma",   "delta", "epsilon", "zeta", "eta", "theta", "iota",
    "kappa", "lambda", "mu",    "nu",    "xi",      "omicron", "pi", "rho", "sigmaf",
    "sigma", "tau",  "upsilon", "phi",   "chi",     "psi",  "omega"};

struct Named {
  std::string_view name;
  char32_t cp;
};

// Everything else, sorted by name for binary search.
constexpr Named kOthers[] = {
    {"AMP", 38},       {"COPY", 169},     {"Dagger", 8225},  {"GT", 62},        {"LT", 60},
    {"OElig", 338},    {"Prime", 8243},   {"QUOT", 34},      {"REG", 174},      {"Scaron", 352},
    {"TRADE", 8482},   {"Yuml", 376},     {"ZeroWidthSpace", 8203},
    {"alefsym", 8501}, {"amp", 38},       {"and", 8743},     {"ang", 8736},     {"apos", 39},
    {"ast", 42},       {"asymp", 8776},   {"bdquo", 8222},   {"bsol", 92},      {"bull", 8226},
    {"bullet", 8226},  {"cap", 8745},     {"check", 10003},  {"circ", 710},     {"clubs", 9827},
    {"colon", 58},     {"comma", 44},     {"commat", 64},    {"cong", 8773},    {"crarr", 8629},
    {"cross", 10007},  {"cup", 8746},     {"dArr", 8659},    {"dagger", 8224},  {"darr", 8595},
    {"dash", 8208},    {"diams", 9830},   {"dollar", 36},    {"empty", 8709},   {"emsp", 8195},
    {"ensp", 8194},    {"equals", 61},    {"equiv", 8801},   {"euro", 8364},    {"excl", 33},
    {"exist", 8707},   {"fnof", 402},     {"forall", 8704},  {"frasl", 8260},   {"ge", 8805},
    {"grave", 96},     {"gt", 62},        {"hArr", 8660},    {"half", 189},     {"harr", 8596},
    {"hearts", 9829},  {"hellip", 8230},  {"horbar", 8213},  {"hyphen", 8208},  {"image", 8465},
    {"infin", 8734},   {"int", 8747},     {"isin", 8712},    {"lArr", 8656},    {"lang", 9001},
    {"larr", 8592},    {"lceil", 8968},   {"lcub", 123},     {"ldquo", 8220},   {"le", 8804},
    {"lfloor", 8970},  {"lowast", 8727},  {"lowbar", 95},    {"loz", 9674},     {"lpar", 40},
    {"lrm", 8206},     {"lsaquo", 8249},  {"lsqb", 91},      {"lsquo", 8216},   {"lt", 60},
    {"mdash", 8212},   {"minus", 8722},   {"nabla", 8711},   {"ndash", 8211},   {"ne", 8800},
    {"ni", 8715},      {"notin", 8713},   {"nsub", 8836},    {"num", 35},       {"oelig", 339},
    {"oline", 8254},   {"oplus", 8853},   {"or", 8744},      {"otimes", 8855},  {"part", 8706},
    {"percnt", 37},    {"period", 46},    {"permil", 8240},  {"perp", 8869},    {"piv", 982},
    {"plus", 43},      {"prime", 8242},   {"prod", 8719},    {"prop", 8733},    {"quest", 63},
    {"quot", 34},      {"rArr", 8658},    {"radic", 8730},   {"rang", 9002},    {"rarr", 8594},
    {"rceil", 8969},   {"rcub", 125},     {"rdquo", 8221},   {"real", 8476},    {"rfloor", 8971},
    {"rlm", 8207},     {"rpar", 41},      {"rsaquo", 8250},  {"rsqb", 93},      {"rsquo", 8217},
    {"sbquo", 8218},   {"scaron", 353},   {"sdot", 8901},    {"semi", 59},      {"sim", 8764},
    {"sol", 47},       {"spades", 9824},  {"star", 9734},    {"starf", 9733},   {"sub", 8834},
    {"sube", 8838},    {"sum", 8721},     {"sup", 8835},     {"supe", 8839},    {"there4", 8756},
    {"thetasym", 977}, {"thinsp", 8201},  {"tilde", 732},    {"trade", 8482},   {"uArr", 8657},
    {"uarr", 8593},    {"upsih", 978},    {"verbar", 124},   {"vert", 124},     {"weierp", 8472},
    {"zwj", 8205},     {"zwnj", 8204},
};

// windows-1252 meanings of bytes 0x80..0x9F; 0 where the byte is undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::optional<char32_t> LookupHtmlEntity(std::string_view name) {
  if (name.empty() || name.size() > 32) return std::nullopt;
  for (std::size_t i = 0; i < kLatin1.size(); ++i)
    if (kLatin1[i] == name) return static_cast<char32_t>(0xA0 + i);
  for (std::size_t i = 0; i < kGreekUpper.size(); ++i) {
    if (!kGreekUpper[i].empty() && kGreekUpper[i] == name) return static_cast<char32_t>(0x391 + i);
    if (kGreekLower[i] == name) return static_cast<char32_t>(0x3B1 + i);
  }
  const auto* end = std::end(kOthers);
  const auto* it = std::lower_bound(std::begin(kOthers), end, name,
                                    [](const Named& n, std::string_view v) { return n.name < v; });
  if (it != end && it->name == name) return it->cp;
  return std::nullopt;
}

char32_t RemapC1ControlReference(char32_t cp) {
  if (cp >= 0x80 && cp <= 0x9F) {
    const char32_t mapped = kCp1252High[cp - 0x80];
    return mapped ? mapped : cp;
  }
  return cp;
}


std::string DecodeHtmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, amp - i));
    i = amp + 1;
    // Longest reference worth reading; anything longer is text.
    constexpr std::size_t kMaxRef = 34;
    const std::size_t semi = text.substr(i, kMaxRef).find(';');
    if (semi == std::string_view::npos || semi == 0) {
      out.push_back('&');
      continue;
    }
    std::string_view ref = text.substr(i, semi);
    std::optional<char32_t> cp;
    if (ref[0] == '#') {
      std::uint32_t v = 0;
      bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      std::size_t k = hex ? 2 : 1;
      bool valid = k < ref.size();
      for (; valid && k < ref.size(); ++k) {
        const char c = ref[k];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) valid = false;
        else v = std::min<std::uint32_t>(v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d), 0x110000);
      }
      if (valid) cp = RemapC1ControlReference(v);
    } else if (std::all_of(ref.begin(), ref.end(), IsAlnum)) {
      cp = LookupHtmlEntity(ref);
    }
    if (!cp) {
      out.push_back('&');
      continue;
    }
    AppendUtf8(out, *cp);
    i += semi + 1;
  }
  return out;
}

}  // namespace bs::feeds
