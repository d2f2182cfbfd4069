#include "text/stopwords.h"

#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace bs {
namespace {

// Each list is one space-separated string, already in normalised form
// (lowercase, NFKC; German "ß" written "ss" as case folding makes it).
// Chinese lists carry both simplified and traditional forms.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kLists = {{
    {"en",
     "a an the and or but nor if then than so as of at by for from in into on onto to with "
     "without about above after before between during through under over up down out off "
     "again further once here there when where why how all any both each few more most other "
     "some such no not only own same too very can will just should would could may might must "
     "shall is are was were be been being am do does did doing have has had having i me my "
     "myself we us our ours you your yours he him his she her hers it its itself they them "
     "their theirs what which who whom whose this that these those also because while until "
     "against among per via said says s t don't doesn't didn't isn't aren't wasn't weren't "
     "it's i'm he's she's they're we're you're"},
    {"de",
     "der die das den dem des ein eine einer eines einem einen und oder aber doch sondern "
     "denn weil dass ob wenn als wie so auch nur noch schon sehr mehr nicht kein keine keinen "
     "keiner ich du er sie es wir ihr mich mir dich dir sich uns euch ihn ihm ihnen sein seine "
     "seiner seinem seinen ihre ihrem ihren unser mein dein in im ins an am auf aus bei mit "
     "nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis "
     "seit ist sind war waren bin bist wird werden wurde wurden hat haben hatte hatten kann "
     "können muss müssen soll sollen will wollen dieser diese dieses diesem diesen jener man "
     "was wer wo hier dort da dann jetzt"},
    {"fr",
     "le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où "
     "ce cet cette ces c il ils elle elles je j tu nous vous on me m te t se s lui leur leurs "
     "son sa ses mon ma mes ton ta tes notre nos votre vos y en ne n pas plus ni dans par pour "
     "sur sous avec sans chez entre vers contre est sont était étaient été être a ont avait "
     "avaient avoir fait faire sera seront comme aussi très tout tous toute toutes même si "
     "déjà encore lors selon après avant"},
    {"es",
     "el la los las lo un una unos unas y e o u ni pero sino que de del a al en por para con "
     "sin sobre entre hasta desde hacia contra según durante ante tras se su sus mi mis tu tus "
     "nuestro nuestra nuestros nuestras yo tú él ella ellos ellas nosotros vosotros usted "
     "ustedes me te le les nos os es son era eran fue fueron ser sido estar está están estaba "
     "ha han había haber hay este esta estos estas ese esa esos esas aquel como cuando donde "
     "quien cual cuales más muy ya también no sí si porque aunque todo todos toda todas otro "
     "otra otros otras"},
    {"it",
     "il lo la i gli le l un uno una un' e ed o ma però che chi cui non di del dello della dei "
     "degli delle a al allo alla ai agli alle da dal dallo dalla dai dagli dalle in nel nello "
     "nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra io tu lui lei "
     "noi voi loro mi ti si ci vi ne suo sua suoi sue mio mia è sono era erano stato stata "
     "essere ha hanno aveva avere come anche più molto già se quando dove questo questa "
     "questi queste quello quella tutto tutti"},
    {"pt",
     "o a os as um uma uns umas e ou mas nem que de do da dos das em no na nos nas por pelo "
     "pela pelos pelas para com sem sobre entre até desde ao aos à às se seu sua seus suas "
     "meu minha eu tu ele ela eles elas nós vós você vocês me te lhe lhes é são era eram foi "
     "foram ser ter tem têm tinha havia há está estão estava este esta estes estas esse essa "
     "isso isto aquele aquela como quando onde quem qual mais muito já também não sim porque "
     "mesmo todo todos toda todas outro outra"},
    {"nl",
     "de het een en of maar want dus dat die dit deze wat wie waar wanneer hoe van in op aan "
     "met voor door over onder naar bij uit tot om tegen zonder tussen na ik je jij u hij zij "
     "ze wij we jullie mij me hem haar ons hun zich mijn jouw zijn is was waren ben bent wordt "
     "worden werd werden heeft hebben had hadden kan kunnen moet moeten zal zullen wil niet "
     "geen ook nog al wel er hier daar dan toen als zo te"},
    {"ru",
     "и а но или да же ли бы не ни в во на с со к ко о об от из у по за под над при про для "
     "до после без через между перед я ты он она оно мы вы они меня мне тебя тебе его ему её "
     "ее ей их им нас нам вас вам себя себе свой своя свои мой моя мои наш ваш это этот эта "
     "эти того этого этой тот та те что чтобы как так также тоже где когда кто который "
     "которая которые которых был была было были быть есть будет будут уже ещё еще только "
     "очень все всё весь вся может можно нет"},
    {"ar",
     "في من إلى الى على عن مع بين حتى منذ خلال عند لدى نحو ضد و أو او ثم لكن بل أن ان إن لا لم "
     "لن ما ماذا قد هل هو هي هم هن نحن أنا انا أنت هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذان "
     "كان كانت كانوا يكون تكون ليس كل بعض غير أي اي كما أيضا ايضا إذا اذا حيث بعد قبل فيه فيها "
     "منه منها عليه عليها له لها به بها وقد وفي ومن وهو وهي وكان"},
    {"tr",
     "ve veya ya da de ki bir bu şu o bunlar şunlar onlar ben sen biz siz için ile gibi kadar "
     "sonra önce daha çok en az her hiç ama fakat ancak çünkü eğer ise mi mı mu mü ne neden "
     "nasıl nerede kim hangi olan olarak oldu olduğu olur olmak var yok değil ise diye bunu "
     "buna bunun şey tüm bütün kendi ayrıca"},
    {"pl",
     "i w we z ze na do od o u za po przez przy dla bez nad pod przed między a ale lub albo "
     "czy że aby żeby jak jako gdy kiedy gdzie nie tak też już jeszcze tylko bardzo się to ten "
     "ta te tego tej tym tych ja ty on ona ono my wy oni one mnie mi go mu jej ich im nas was "
     "jest są był była było były być będzie będą ma mają może co kto który która które "
     "których jego swój"},
    {"id",
     "yang dan di ke dari dengan untuk pada dalam oleh atau tetapi tapi karena jika kalau "
     "bahwa agar supaya ini itu tersebut ia dia mereka kami kita saya anda kamu adalah ialah "
     "merupakan akan telah sudah sedang belum tidak bukan juga pun saja hanya lebih sangat "
     "ada bagi antara hingga sampai sejak seperti secara setelah sebelum ketika saat para "
     "sebuah seorang"},
    {"ms",
     "yang dan di ke dari dengan untuk pada dalam oleh atau tetapi kerana jika kalau bahawa "
     "agar supaya ini itu tersebut ia dia mereka kami kita saya anda awak adalah ialah "
     "merupakan akan telah sudah sedang belum tidak bukan juga pun sahaja hanya lebih sangat "
     "ada bagi antara hingga sehingga sejak seperti secara selepas sebelum ketika semasa para "
     "sebuah seorang"},
    {"zh",
     "的 了 是 在 和 与 及 或 也 就 都 而 之 其 为 对 被 把 从 以 于 由 向 等 着 过 将 还 但 并 又 个 "
     "这 那 这个 那个 这些 那些 一个 我 你 他 她 它 我们 你们 他们 她们 它们 自己 不 没 没有 很 "
     "会 要 能 可以 因为 所以 如果 但是 而且 以及 已经 之后 以后 之前 其中 这样 "
     "與 為 對 從 於 著 過 將 還 並 個 這 這個 那個 這些 們 我們 你們 他們 沒 沒有 會 因為 "
     "而且 已經 之後 以後 這樣"},
    {"ja",
     "の に は を が と で も へ や か な だ て た し ば から まで より など ので のに けど が "
     "です ます でした ました ある あり いる おり する した して され される なる なっ "
     "ない この その あの これ それ あれ こと もの よう ため という として について による "
     "により において また および 及び ただし しかし そして さらに"},
    {"ko",
     "그 이 저 것 수 등 및 또 또는 그리고 그러나 하지만 그런데 그래서 따라서 더 덜 매우 "
     "아주 잘 안 못 위해 위한 대한 대해 통해 있다 없다 있는 없는 하는 했다 한다 된 되는 "
     "된다 이번 지난 모든 다른 같은 가장 때 중 후 전 것이다 것으로 것은 것을 때문에"},
    {"th",
     "และ ที่ ของ ใน การ เป็น มี ได้ ไป มา ให้ ว่า จะ กับ แต่ ก็ นี้ นั้น ความ ไม่ ซึ่ง อยู่ โดย "
     "จาก เพื่อ แล้ว หรือ ถึง คือ อย่าง ยัง ทั้ง เมื่อ ต้อง ตาม ด้วย กว่า ผู้ เขา เรา อีก ทาง "
     "ๆ นะ ครับ ค่ะ"},
}};

class HashStopWords final : public StopWords {
 public:
  explicit HashStopWords(std::string_view list) {
    std::size_t start = 0;
    while (start < list.size()) {
      std::size_t end = list.find(' ', start);
      if (end == std::string_view::npos) end = list.size();
      if (end > start) words_.insert(list.substr(start, end - start));
      start = end + 1;
    }
  }
  HashStopWords() = default;
  bool Contains(std::string_view word) const override { return words_.count(word) != 0; }
  std::size_t size() const override { return words_.size(); }

 private:
  // Views into the string literals above, which live for the whole program.
  std::unordered_set<std::string_view> words_;
};

using Registry = std::unordered_map<std::string_view, std::unique_ptr<const StopWords>>;

const Registry& AllLists() {
  static const Registry registry = [] {
    Registry r;
    for (const auto& [code, list] : kLists) r.emplace(code, std::make_unique<HashStopWords>(list));
    return r;
  }();
  return registry;
}

}  // namespace

const StopWords& StopWordsFor(std::string_view language) {
  static const HashStopWords kEmpty;
  const Registry& all = AllLists();
  auto it = all.find(language);
  return it == all.end() ? kEmpty : *it->second;
}

bool IsStopWord(std::string_view language, std::string_view normalised_word) {
  return StopWordsFor(language).Contains(normalised_word);
}

}  // namespace bs
