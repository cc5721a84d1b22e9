/**
 * Hindi abusive words in Devanagari and in Latin letters (romanised Hindi has many spellings, so the common ones
 * are listed). Curated by hand by this project; LDNOOBW v1 "hi" (CC BY 4.0) was the checklist for the romanised
 * tier (see ATTRIBUTION.md). LDNOOBW's Devanagari entries are machine translations of English words and were not used.
 * Words that are ordinary in most contexts stay low: "कुत्ता" (dog), "गधा" (donkey), "साला" and "साली" (in-laws)
 * only signal. Nukta and chandrabindu variants are listed both ways, since people type both.
 */
import { AbuseTiers } from './abuse-tiers';

export const DEVANAGARI_HINDI_ABUSE: AbuseTiers = {
  severe: [
    'मादरचोद', 'मादरचोद*', 'मादर चोद', 'मादरजात', 'बहनचोद', 'बहनचोद*', 'बहन चोद', 'बहनचो', 'भेनचोद', 'भेनचोद*',
    'बहन के लौड़े', 'बहन के लौडे', 'भोसड़ी के', 'भोसडी के', 'भोसड़ीके', 'भोसडीके', 'भोसड़ीवाले', 'भोसड़ा', 'भोसडा',
    'तेरी माँ की चूत', 'तेरी मां की चूत', 'माँ की चूत', 'मां की चूत', 'माँ का भोसड़ा', 'मां का भोसड़ा', 'चूत', 'चुत',
    'रंडी', 'रंडियों', 'रण्डी', 'छिनाल', 'कटुआ', 'कटुए', 'कटवे',
  ],
  strong: [
    'चूतिया', 'चुतिया', 'चूतिये', 'चुतिये', 'चूतियापा', 'चुतियापा', 'लौड़ा', 'लौडा', 'लौड़े', 'लौडे', 'लंड', 'लण्ड',
    'लोड़ा', 'गांडू', 'गाण्डू', 'गांड', 'गाँड', 'हरामज़ादा', 'हरामजादा', 'हरामज़ादे', 'हरामजादे', 'हरामी', 'हरामखोर',
    'कुतिया', 'भड़वा', 'भडवा', 'भड़वे', 'भडवे', 'झाटू', 'झांटू', 'झाँट', 'झांट', 'हिजड़ा', 'हिजड़े', 'हिजडा',
    'चोदू', 'चोद', 'भंगी', 'कुत्ते की औलाद', 'सूअर की औलाद',
  ],
  mild: [
    'कमीना', 'कमीने', 'कमीनी', 'कुत्ता', 'कुत्ते', 'कुत्तों', 'सूअर', 'सुअर', 'गधा', 'गधे', 'उल्लू', 'उल्लू का पट्ठा',
    'बेवकूफ़', 'बेवकूफ', 'मूर्ख', 'साला', 'साले', 'साली', 'नालायक', 'घटिया', 'बकवास', 'जाहिल', 'गंवार', 'गँवार',
    'नीच', 'टट्टी', 'पागल', 'बदतमीज़', 'बदतमीज',
  ],
}; // prettier-ignore

export const ROMANISED_HINDI_ABUSE: AbuseTiers = {
  severe: [
    'madarchod*', 'maderchod*', 'madarchod', 'madar chod', 'madharchod*', 'behenchod*', 'bhenchod*', 'benchod*',
    'behanchod*', 'bhanchod*', 'bahenchod*', 'behen chod', 'behen ke lode', 'behen ke laude', 'bhosdike', 'bhosdi ke',
    'bhosadike', 'bhosadi ke', 'bhosdiwale', 'bhosdiwala', 'bhosda', 'bhosde', 'bhosadi', 'bhosdi', 'teri maa ki chut',
    'maa ki chut', 'teri maa ka bhosda', 'maa ka bhosda', 'chut', 'choot', 'randi', 'randii', 'randiyon', 'chinal',
    'chinaal', 'katua', 'katuwa', 'katue', 'katwe',
  ],
  strong: [
    'chutiya*', 'chutiye', 'chutia', 'chootiya*', 'chootia', 'chutya', 'chutiyapa', 'lund', 'lundh', 'lauda',
    'laude', 'lavda', 'lavde', 'loda', 'lode', 'lodu', 'lawda', 'lawde', 'gaand', 'gandu', 'gaandu', 'gaandfat',
    'harami', 'haramii', 'haramzada', 'haramzade', 'haramjada', 'haramjade', 'haramkhor', 'kuttiya', 'kutiya',
    'bhadwa', 'bhadwe', 'bhadva', 'bhadve', 'bhadwi', 'jhant', 'jhantu', 'jhaatu', 'hijda', 'hijde', 'hijra',
    'chodu', 'chodna', 'bhangi', 'kutte ki aulad', 'suar ki aulad',
  ],
  mild: [
    'kamina', 'kamine', 'kaminey', 'kamini', 'kutta', 'kutte', 'kutton', 'suar', 'suwar', 'sooar', 'gadha', 'gadhe',
    'ullu', 'ullu ka pattha', 'bewakoof', 'bewakuf', 'bevkoof', 'murkh', 'saala', 'saale', 'sala', 'saali', 'nalayak',
    'ghatiya', 'bakwas', 'jahil', 'gawar', 'ganwar', 'neech', 'tatti', 'pagal', 'badtameez', 'mc', 'bc', 'bkl',
    'chomu', 'fattu', 'tatte',
  ],
}; // prettier-ignore
