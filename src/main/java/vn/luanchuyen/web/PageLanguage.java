package vn.luanchuyen.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every page declares its language ({@code <html lang="vi">}, {@code lang="en"} with {@code
 * ?lang=en}), from the page's locale, in one place rather than in each template: screen readers and
 * browsers read Vietnamese as Vietnamese. A template that names its language keeps it.
 */
@Component
class PageLanguage extends AbstractProcessorDialect {

  PageLanguage() {
    super("Page language", "lang", 1000);
  }

  @Override
  public Set<IProcessor> getProcessors(String dialectPrefix) {
    return Set.of(new DeclaredLanguage(dialectPrefix));
  }

  private static final class DeclaredLanguage extends AbstractElementTagProcessor {
    DeclaredLanguage(String dialectPrefix) {
      super(TemplateMode.HTML, dialectPrefix, "html", false, null, false, 1000);
    }

    @Override
    protected void doProcess(
        ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler page) {
      if (!tag.hasAttribute("lang") && !tag.hasAttribute("th:lang")) {
        page.setAttribute("lang", context.getLocale().getLanguage());
      }
    }
  }
}
