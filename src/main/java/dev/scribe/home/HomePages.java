package dev.scribe.home;

/**
 * The page a viewer is on in each list of App Home, from 0.
 *
 * @param items page of their action items
 * @param incidents page of the open incidents
 * @param postmortems page of the post-mortems due
 */
public record HomePages(int items, int incidents, int postmortems) {

  public static final HomePages FIRST = new HomePages(0, 0, 0);

  public HomePages {
    if (items < 0 || incidents < 0 || postmortems < 0) {
      throw new IllegalArgumentException("pages start at 0");
    }
  }

  public int of(HomeSection section) {
    return switch (section) {
      case ITEMS -> items;
      case INCIDENTS -> incidents;
      case POSTMORTEMS -> postmortems;
    };
  }

  /** The same pages, with {@code section} on page {@code page}. */
  public HomePages with(HomeSection section, int page) {
    return switch (section) {
      case ITEMS -> new HomePages(page, incidents, postmortems);
      case INCIDENTS -> new HomePages(items, page, postmortems);
      case POSTMORTEMS -> new HomePages(items, incidents, page);
    };
  }
}
