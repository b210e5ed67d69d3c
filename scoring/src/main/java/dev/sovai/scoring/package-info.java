/** What the scorers share: the home bloc ("sovereign for whom") and the conversion of results to assessments. */
package dev.sovai.scoring;
