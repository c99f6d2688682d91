// Language detection between French and English for short posts.
//
// Model: each word token that is a frequent function word of one language (and not of the
// other) scores a point for it; French diacritics in the original text (é è ê à ç ù ô î û
// ï ë) score half a point each, capped at 3, since they survive even in posts made only of
// nouns and hashtags; a French elision (l', d', qu'...) scores a point, an English
// contraction ('s, 't, 've...) too. Ties go to English. Cost: one tokenization and one hash
// lookup per token.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "secretum/secretum.h"
#include "text.h"

namespace secretum {
namespace {

const std::unordered_set<std::string_view>& FrenchWords() {
  static const std::unordered_set<std::string_view> words = {
      "le", "la", "les", "des", "du", "et", "est", "une", "un", "pour", "avec", "pas", "je",
      "il", "elle", "qui", "que", "dans", "sur", "au", "aux", "ce", "cette", "mon", "ma",
      "mes", "son", "sa", "ses", "nous", "vous", "ne", "mais", "ou", "tres", "tout", "toute",
      "tous", "sont", "ont", "avait", "etait", "fait", "plus", "chez", "depuis", "apres",
      "avant", "encore", "aussi", "bien", "merci", "quand", "comme", "leur", "notre", "nos",
      "votre", "vos", "ils", "elles", "ai", "suis", "cest", "qu", "jai", "hier", "soir",
      "matin", "ans", "patiente", "jour", "semaine", "fois", "rien", "sans", "sous", "entre",
      "vers", "par", "meme", "quelqu", "moi", "toi", "lui", "eux", "ca", "pis", "quoi",
      "aujourd", "demain", "oui", "non", "svp", "bonjour", "chambre", "urgences", "medecin"};
  return words;
}

const std::unordered_set<std::string_view>& EnglishWords() {
  static const std::unordered_set<std::string_view> words = {
      "the", "and", "is", "of", "to", "in", "for", "with", "my", "his", "her", "she", "he",
      "it", "was", "on", "at", "this", "that", "you", "we", "our", "they", "their", "are",
      "be", "been", "have", "has", "had", "from", "but", "not", "no", "all", "just", "who",
      "what", "when", "which", "will", "would", "can", "could", "should", "about", "after",
      "before", "today", "tonight", "yesterday", "last", "night", "got", "its", "im", "into",
      "out", "up", "down", "over", "than", "then", "there", "here", "your", "me", "him",
      "them", "one", "anyone", "some", "any", "please", "thanks", "yo", "old", "year",
      "years", "week", "patients", "doctor", "room", "bed", "why", "how", "again", "still",
      "so", "very", "if", "an", "or", "did", "does", "do", "don", "isn", "won", "cant"};
  return words;
}

// Both lists in one table: word -> bit 0 (French), bit 1 (English).
const std::unordered_map<std::string_view, unsigned char>& Vocabulary() {
  static const std::unordered_map<std::string_view, unsigned char> words = [] {
    std::unordered_map<std::string_view, unsigned char> all;
    for (std::string_view w : FrenchWords()) all[w] |= 1;
    for (std::string_view w : EnglishWords()) all[w] |= 2;
    return all;
  }();
  return words;
}

}  // namespace

std::string DetectLanguage(std::string_view utf8) {
  return internal::DetectLanguageOfView(internal::AsciiLower(internal::Normalize(utf8).text), utf8);
}

std::string internal::DetectLanguageOfView(const std::string& lower, std::string_view utf8) {
  double fr = 0, en = 0;
  for (std::string_view word : internal::ScoringWords(lower)) {
    // ICU keeps elisions inside the word ("l'hopital"); look at the part before the quote.
    size_t quote = word.find('\'');
    if (quote != std::string_view::npos && quote <= 5) {
      std::string_view head = word.substr(0, quote);
      if (head == "l" || head == "d" || head == "qu" || head == "j" || head == "n" ||
          head == "c" || head == "s" || head == "m" || head == "t" || head == "jusqu" ||
          head == "lorsqu" || head == "puisqu") {
        fr += 1;
        continue;
      }
      if (word.substr(quote) == "'s" || word.substr(quote) == "'t" ||
          word.substr(quote) == "'m" || word.substr(quote) == "'re" ||
          word.substr(quote) == "'ve" || word.substr(quote) == "'ll" ||
          word.substr(quote) == "'d") {
        en += 1;
        continue;
      }
    }
    // One lookup: bit 0 a French word, bit 1 an English one.
    auto known = Vocabulary().find(word);
    if (known != Vocabulary().end()) {
      if (known->second & 1) fr += 1;
      if (known->second & 2) en += 1;
    }
  }
  // French diacritics in the original.
  double accents = 0;
  size_t pos = 0;
  bool valid = true;
  while (pos < utf8.size() && accents < 3) {
    char32_t c = internal::DecodeUtf8(utf8, &pos, &valid);
    switch (c) {
      case U'é': case U'è': case U'ê': case U'à': case U'ç': case U'ù': case U'ô': case U'î':
      case U'û': case U'ï': case U'ë': case U'É': case U'È': case U'À': case U'Ç':
        accents += 0.5;
        break;
      default:
        break;
    }
  }
  fr += accents;
  return fr > en ? "fr" : "en";
}

}  // namespace secretum
