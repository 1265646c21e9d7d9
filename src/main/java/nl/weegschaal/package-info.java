/** weegschaal: raw employer-survey exports to weighted, publishable tables. */
@NullMarked
package nl.weegschaal;

import org.jspecify.annotations.NullMarked;
